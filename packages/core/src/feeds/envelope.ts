import { z } from 'zod';
import { feedDeclSchema, localTextSchema } from './fields/decl-schema.js';
import type { FeedDecl, LocalText } from './fields/types.js';
import type { FeedKind } from './kinds.js';
import { FEED_KINDS, SCHEMA_VERSION } from './kinds.js';
import { text, timestamp } from './primitives.js';
import { FEED_DATA_SCHEMAS } from './registry.js';

/** A feed document: the envelope every feed shares around its `data`. */
export interface FeedEnvelope<T> {
  /** One of the five domain kinds, or a self-describing feed's own name. */
  kind: string;
  schemaVersion: number;
  asOf: string;
  source: string;
  /** What the feed is called on screen (self-describing feeds). */
  title?: LocalText | undefined;
  /** The fields of each table (self-describing feeds; the domain kinds' are built in). */
  fields?: FeedDecl | undefined;
  data: T;
}

/** Lower-case letters, digits and dashes: the name of a self-describing feed's kind. */
export const KIND_RE = /^[a-z][a-z0-9-]{0,39}$/;

const KIND_EXPECTED = `a feed kind (${FEED_KINDS.join(', ')}, or a self-describing feed's own name in lower-case letters, digits and dashes)`;

const envelopeFields = {
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `schema version ${SCHEMA_VERSION}` }),
  /** When the figures were true (ISO 8601 with offset). */
  asOf: timestamp,
  /** Who produced the feed and from what. */
  source: text,
};

/**
 * The envelope with `data` (and a self-describing feed's `fields`) left open: checked first,
 * and a failure rejects the whole feed.
 */
export const envelopeSchema = z.object({
  kind: z.string({ error: KIND_EXPECTED }).regex(KIND_RE, { error: KIND_EXPECTED }),
  ...envelopeFields,
  title: localTextSchema.optional(),
  fields: z.unknown().optional(),
  data: z.record(z.string(), z.unknown(), { error: 'an object' }),
});

/** The schema of a self-describing feed document, for its JSON Schema. */
export const selfDescribingFeedSchema = z.object({
  kind: z
    .string()
    .regex(KIND_RE)
    .describe('Your own name for the feed (not one of the five built-in kinds)'),
  ...envelopeFields,
  title: localTextSchema.optional().describe('What the feed is called on screen'),
  fields: feedDeclSchema.describe('The fields of each table of data'),
  data: z
    .record(z.string(), z.array(z.record(z.string(), z.unknown())))
    .describe('The tables: arrays of records'),
});

/** The full schema of one domain kind's feed document (envelope plus typed data). */
export function feedSchema<K extends FeedKind>(kind: K) {
  return z.object({
    kind: z.literal(kind, { error: `the feed kind "${kind}"` }),
    ...envelopeFields,
    data: FEED_DATA_SCHEMAS[kind],
  });
}
