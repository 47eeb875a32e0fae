import { parseFeed } from '../../packages/core/src/index.js';
import { mulberry32 } from '../../packages/geo/src/api.js';

/** Keys whose numbers are identities, positions or calendar values: they never move. */
const FIXED = new Set([
  'year',
  'hour',
  'month',
  'round',
  'schemaVersion',
  'location',
  'radiusKm',
  'minutes',
  'speedKmh',
  'targetKm2PerStation',
  'districtAreaKm2',
  'lon',
  'lat',
  'longitude',
  'latitude',
]);

/** Every number of a record moved by up to ±10 %, integers kept whole, identities left alone. */
function jiggle(value: unknown, random: () => number, key = ''): unknown {
  if (typeof value === 'number') {
    if (FIXED.has(key) || !Number.isFinite(value)) return value;
    const moved = value * (0.9 + 0.2 * random());
    return Number.isInteger(value) ? Math.max(0, Math.round(moved)) : Number(moved.toFixed(2));
  }
  if (Array.isArray(value)) {
    return FIXED.has(key) ? value : value.map((v) => jiggle(v, random));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jiggle(v, random, k)]));
  }
  return value;
}

/** Whether a record holds a number that moves. */
function movable(record: unknown): boolean {
  if (record === null || typeof record !== 'object') return false;
  return Object.entries(record).some(([k, v]) => typeof v === 'number' && !FIXED.has(k));
}

/**
 * `count` versions of a feed document with its numbers moved within ±10 %, each one still
 * valid: a record the parser would drop after moving (a share over 100 %, cleared above
 * total) is kept as it was, so the screen shows the same health in every version. The
 * documents are serialised ahead of time, so the bench process does no work while measuring.
 */
export function feedVariants(text: string, count: number, seed: number): string[] {
  const doc = JSON.parse(text) as { data: Record<string, unknown>; asOf: string };
  const random = mulberry32(seed);
  const out: string[] = [];
  for (let v = 0; v < count; v++) {
    const data: Record<string, unknown> = {};
    for (const [table, rows] of Object.entries(doc.data)) {
      if (!Array.isArray(rows)) {
        data[table] = rows;
        continue;
      }
      // A list of events (the hotline's cases) carries no figure to move: its counts move
      // instead, by leaving out up to a tenth of the events.
      const events = rows.length >= 100 && !rows.some(movable);
      data[table] = events
        ? rows.filter(() => random() >= 0.1 * random())
        : rows.map((r) => jiggle(r, random));
    }
    const candidate = { ...doc, data };
    const result = parseFeed(candidate);
    if (!result.ok) throw new Error(`variant ${v} refused: ${JSON.stringify(result.problems[0])}`);
    for (const drop of result.dropped) {
      // "/data/<table>/<index>": put the original record back.
      const [, , table, index] = drop.pointer.split('/');
      const rows = data[table as string] as unknown[];
      rows[Number(index)] = (doc.data[table as string] as unknown[])[Number(index)];
    }
    out.push(JSON.stringify(candidate));
  }
  return out;
}
