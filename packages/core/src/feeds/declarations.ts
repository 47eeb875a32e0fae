import type { z } from 'zod';
import type { FeedEnvelope } from './envelope.js';
import { declarationsOf } from './fields/extract.js';
import type { FeedDecl } from './fields/types.js';
import { isFeedKind } from './kinds.js';
import { FEED_DATA_SCHEMAS } from './registry.js';

const built = new Map<string, FeedDecl>();

/** The field declarations of a domain kind, read back from its schema (computed once). */
export function domainDeclaration(kind: keyof typeof FEED_DATA_SCHEMAS): FeedDecl {
  let decl = built.get(kind);
  if (!decl) {
    const shape = FEED_DATA_SCHEMAS[kind].shape as Record<string, z.ZodArray<z.ZodObject>>;
    decl = Object.freeze(
      Object.fromEntries(
        Object.entries(shape).map(([table, array]) => [
          table,
          Object.freeze(declarationsOf(array.element)),
        ]),
      ),
    );
    built.set(kind, decl);
  }
  return decl;
}

/** What a parsed feed declares: its own `fields`, or its domain kind's. */
export function feedDeclaration(
  feed: Pick<FeedEnvelope<unknown>, 'kind' | 'fields'>,
): FeedDecl | undefined {
  if (feed.fields) return feed.fields;
  return isFeedKind(feed.kind) ? domainDeclaration(feed.kind) : undefined;
}
