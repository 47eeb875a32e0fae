import { z } from 'zod';
import { feedSchema, selfDescribingFeedSchema } from './envelope.js';
import type { FeedKind } from './kinds.js';

/** The JSON Schema (draft 2020-12) of one kind's feed, as written to data/schemas/. */
export function feedJsonSchema(kind: FeedKind): Record<string, unknown> {
  const schema = z.toJSONSchema(feedSchema(kind), { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: `https://onescreen.example/schemas/${kind}.feed.schema.json`,
    title: `onescreen ${kind} feed`,
    description:
      'Generated from the zod schema in @onescreen/core (pnpm generate:schemas). Cross-field rules (town inside district, stage times in order, no future times) are checked by `pnpm onescreen validate`, not by this schema.',
  };
}

/** The JSON Schema of a self-describing feed (any kind that declares its own fields). */
export function selfDescribingJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(selfDescribingFeedSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: 'https://onescreen.example/schemas/self-describing.feed.schema.json',
    title: 'onescreen self-describing feed',
    description:
      'Generated from the zod schema in @onescreen/core (pnpm generate:schemas). Each record is checked against the declared fields of its table by `pnpm onescreen validate` and by the screen: a bad record is dropped with its reason. See docs/data-model.md.',
  };
}
