import { timestampMs } from '../model/timestamp-ms.js';
import { FEED_LIMITS } from './limits.js';
import type { FeedProblem } from './pointer.js';
import { describeFound, toPointer } from './pointer.js';
import { DATE_RE, MONTH_RE, TIMESTAMP_RE } from './primitives.js';

/** An instant as ISO 8601 in Asia/Shanghai (+08:00), the zone the feeds are written in. */
function shanghai(ms: number): string {
  return `${new Date(ms + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

/** When a time-like string starts, in ms since the epoch (dates and months in Asia/Shanghai). */
function startOf(s: string): number | undefined {
  if (TIMESTAMP_RE.test(s)) return timestampMs(s);
  if (DATE_RE.test(s)) return Date.parse(`${s}T00:00:00+08:00`);
  if (MONTH_RE.test(s)) return Date.parse(`${s}-01T00:00:00+08:00`);
  return undefined;
}

/** Whether `s` could be a month, day or timestamp: it starts with "1" or "2" and a year and dash. */
function timeLike(s: string): boolean {
  const first = s.charCodeAt(0);
  return s.length >= 7 && (first === 49 || first === 50) && s.charCodeAt(4) === 45;
}

const DAY_MS = 86_400_000;

/** The last cutoff worked out (see futureTimes): every record of a feed is checked at one `now`. */
let lastCutoff = { limit: Number.NaN, day: '' };

/** YYYY-MM-DD of the UTC day that holds limit - 48 h: a first day on or before it is past. */
function cutoffDay(limit: number): string {
  if (lastCutoff.limit !== limit) {
    lastCutoff = { limit, day: new Date(limit - 2 * DAY_MS).toISOString().slice(0, 10) };
  }
  return lastCutoff.day;
}

/** What one futureTimes walk carries from node to node. */
interface Walk {
  limit: number;
  cutoff: string;
  now: number;
  path: PropertyKey[];
  problems: FeedProblem[];
}

function visit(node: unknown, walk: Walk): void {
  if (typeof node === 'string') {
    if (!timeLike(node)) return;
    const firstDay = node.length === 7 ? `${node}-01` : node.slice(0, 10);
    if (firstDay <= walk.cutoff) return;
    const start = startOf(node);
    if (start !== undefined && start > walk.limit) {
      walk.problems.push({
        pointer: toPointer(walk.path),
        expected: `a time not in the future (now is ${shanghai(walk.now)})`,
        found: describeFound(node),
      });
    }
  } else if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      walk.path.push(i);
      visit(node[i], walk);
      walk.path.pop();
    }
  } else if (node !== null && typeof node === 'object') {
    for (const key of Object.keys(node)) {
      walk.path.push(key);
      visit((node as Record<string, unknown>)[key], walk);
      walk.path.pop();
    }
  }
}

/**
 * Finds months, days and timestamps that start after `now` (plus clock skew) inside an
 * already schema-checked value. Only strings of those exact shapes are looked at.
 *
 * Every record of every feed passes through here, so it is kept cheap: one path, pushed and
 * popped, instead of a new array per node; and no date is parsed for a string whose first day
 * (its date, or its month's first) lies two days or more before the limit, since no offset
 * (at most ±24 h) and no time of that day can bring its start past the limit.
 */
export function futureTimes(
  value: unknown,
  now: number,
  base: readonly PropertyKey[] = [],
): FeedProblem[] {
  const limit = now + FEED_LIMITS.clockSkewMs;
  const walk: Walk = { limit, cutoff: cutoffDay(limit), now, path: [...base], problems: [] };
  visit(value, walk);
  return walk.problems;
}
