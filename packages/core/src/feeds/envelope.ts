import { z } from 'zod';
import type { FeedKind } from './kinds.js';
import { FEED_KINDS, SCHEMA_VERSION } from './kinds.js';
import { text, timestamp } from './primitives.js';
import { FEED_DATA_SCHEMAS } from './registry.js';

/** A feed document: the envelope every feed shares around its kind-specific `data`. */
export interface FeedEnvelope<T> {
  kind: FeedKind;
  schemaVersion: number;
  asOf: string;
  source: string;
  data: T;
}

const envelopeFields = {
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `schema version ${SCHEMA_VERSION}` }),
  /** When the figures were true (ISO 8601 with offset). */
  asOf: timestamp,
  /** Who produced the feed and from what. */
  source: text,
};

/** The envelope with `data` left open: checked first, and a failure rejects the whole feed. */
export const envelopeSchema = z.object({
  kind: z.enum(FEED_KINDS as [FeedKind, ...FeedKind[]], {
    error: `a feed kind (${FEED_KINDS.join(', ')})`,
  }),
  ...envelopeFields,
  data: z.record(z.string(), z.unknown(), { error: 'an object' }),
});

/** The full schema of one kind's feed document (envelope plus typed data). */
export function feedSchema<K extends FeedKind>(kind: K) {
  return z.object({
    kind: z.literal(kind, { error: `the feed kind "${kind}"` }),
    ...envelopeFields,
    data: FEED_DATA_SCHEMAS[kind],
  });
}
