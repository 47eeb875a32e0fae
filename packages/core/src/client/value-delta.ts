// A feed's new value sent as what changed. The hotline's 1.5 MB of cases crossed from the worker
// whole at every update, and the page parsed them all and collected the old ones; a live feed
// mostly re-sends the records it sent before (a case or two added, a stage reached). Records are
// matched by their JSON text: the page keeps the objects of records it has, and parses only new
// ones, so their frames and rows are kept too (see tableFrame).

/** A table as sent: a record the page already holds at that index of its last value, or new text. */
export type WireTable = (number | string)[];

/** A value as sent against the page's last one: the envelope without its tables, and the tables. */
export interface ValueDelta {
  /** The document as JSON text, each table of `tables` left out of its `data`. */
  rest: string;
  /** Each list-valued entry of `data`, record by record. */
  tables: Record<string, WireTable>;
}

/** The JSON text of each record of each list-valued `data` entry of a value. */
export type RecordTexts = Map<string, string[]>;

/** The list-valued entries of a value's `data` (its tables). */
function tablesOf(value: unknown): [string, unknown[]][] {
  const data = (value as { data?: unknown } | null)?.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  return Object.entries(data).filter((e): e is [string, unknown[]] => Array.isArray(e[1]));
}

/** Each table's records as JSON text (the worker keeps them to compare the next value with). */
export function recordTexts(value: unknown): RecordTexts {
  return new Map(tablesOf(value).map(([name, rows]) => [name, rows.map((r) => JSON.stringify(r))]));
}

/**
 * The delta of `value` against the value whose record texts are `last`, or undefined when most
 * of it is new anyway (then the whole text is cheaper to send and to parse). A record that
 * appears twice is matched to two different old records, never one object twice.
 */
export function valueDelta(
  value: unknown,
  texts: RecordTexts,
  last: RecordTexts | undefined,
): ValueDelta | undefined {
  if (!last) return undefined;
  const tables: Record<string, WireTable> = {};
  let kept = 0;
  let fresh = 0;
  for (const [name, lines] of texts) {
    const old = new Map<string, number[]>();
    (last.get(name) ?? []).forEach((line, i) => {
      const at = old.get(line);
      if (at) at.push(i);
      else old.set(line, [i]);
    });
    tables[name] = lines.map((line) => {
      const index = old.get(line)?.shift();
      if (index === undefined) {
        fresh += 1;
        return line;
      }
      kept += 1;
      return index;
    });
  }
  if (kept <= fresh) return undefined;
  // Each table's place is held by a 0, so the page's value keeps the document's key order.
  const data = { ...(value as { data: Record<string, unknown> }).data };
  for (const name of texts.keys()) data[name] = 0;
  return { rest: JSON.stringify({ ...(value as object), data }), tables };
}

/**
 * The value a delta describes, built on `last` (the value the page holds): kept records are
 * last's objects, new ones parsed from their text. Undefined when `last` lacks a record the
 * delta names: the page does not hold the value the worker sent last.
 */
export function applyDelta<T>(delta: ValueDelta, last: unknown): T | undefined {
  const value = JSON.parse(delta.rest) as Record<string, unknown> & {
    data: Record<string, unknown>;
  };
  // The envelope's other objects (a self-describing feed's field declarations, its title) stay
  // last's when they read the same: caches keyed by them hold.
  const kept = (last ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    const was = kept[key];
    if (key === 'data' || was === null || typeof was !== 'object') continue;
    if (JSON.stringify(was) === JSON.stringify(value[key])) value[key] = was;
  }
  const before = new Map(tablesOf(last));
  for (const [name, wire] of Object.entries(delta.tables)) {
    const old = before.get(name) ?? [];
    const rows: unknown[] = new Array(wire.length);
    for (let i = 0; i < wire.length; i++) {
      const entry = wire[i] as number | string;
      if (typeof entry === 'string') rows[i] = JSON.parse(entry);
      else if (entry < old.length) rows[i] = old[entry];
      else return undefined;
    }
    value.data[name] = rows;
  }
  return value as T;
}
