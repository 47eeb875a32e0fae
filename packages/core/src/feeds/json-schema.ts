import { z } from 'zod';
import { feedSchema } from './envelope.js';
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
