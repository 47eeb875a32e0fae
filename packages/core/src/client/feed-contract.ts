// Structural copy of the parser's result types (packages/core/src/feeds), so the client compiles
// and is tested on its own; any parser returning this shape plugs in.

/** One reason a feed document was rejected: where, what was expected, what was there. */
export interface FeedProblem {
  pointer: string;
  expected: string;
  found: string;
}

/** One record the parser dropped from an otherwise good feed, and why. */
export interface DroppedRecord {
  pointer: string;
  reason: string;
}

/** The envelope every feed document carries (architecture.md). */
export interface FeedEnvelope<T> {
  kind: string;
  schemaVersion: number;
  asOf: string;
  source: string;
  data: T;
}

/** What a feed parser returns: the good feed with its dropped records, or the problems. */
export type ParseResult<T> =
  | { ok: true; feed: FeedEnvelope<T>; dropped: DroppedRecord[] }
  | { ok: false; problems: FeedProblem[] };
