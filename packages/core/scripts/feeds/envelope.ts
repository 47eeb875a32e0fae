import type { FeedKind } from '../../src/feeds/kinds.js';
import { SCHEMA_VERSION } from '../../src/feeds/kinds.js';

/** The fixed `asOf` of every sample feed, so generation is deterministic. */
export const AS_OF = '2022-12-31T14:00:00+08:00';

/** `asOf` in ms since the epoch. */
export const AS_OF_MS = Date.parse(AS_OF);

/** Wraps data in the feed envelope. */
export function envelope<T>(kind: FeedKind, source: string, data: T) {
  return { kind, schemaVersion: SCHEMA_VERSION, asOf: AS_OF, source, data };
}

/** ISO 8601 in Asia/Shanghai (+08:00) for an instant in ms. */
export function shanghaiIso(ms: number): string {
  return `${new Date(ms + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

// One record per line: the layout of every committed feed (its one owner is src/feeds/stringify.ts).
export { stringifyFeed } from '../../src/feeds/stringify.js';
