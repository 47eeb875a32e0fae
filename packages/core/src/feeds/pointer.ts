/** One JSON-pointer-located problem, e.g. { pointer: '/data/monthly/3/received', expected: 'a non-negative integer', found: '-4' } */
export interface FeedProblem {
  pointer: string;
  expected: string;
  found: string;
}

/** A record dropped from an otherwise good feed, with the reason. */
export interface DroppedRecord {
  pointer: string;
  reason: string;
}

/** RFC 6901 JSON pointer of a path ('' is the whole document). */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The value at `path` inside `root`, or undefined when the path leaves the document. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** A short, plain-text description of a found value for problem messages. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (missing)';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    const quoted = JSON.stringify(shown);
    return value.length > 60 ? `${quoted} (${value.length} characters)` : quoted;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  if (Array.isArray(value)) return `an array of ${value.length} items`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** One problem as the validator prints it: `<pointer>: expected <x>, found <y>` ('' prints as `(root)`). */
export function formatProblem(p: FeedProblem): string {
  return `${p.pointer || '(root)'}: expected ${p.expected}, found ${p.found}`;
}
