import type { z } from 'zod';
import { type AntifraudData, antifraudDataSchema } from './antifraud.js';
import { type FireData, fireDataSchema } from './fire.js';
import { type GrassrootsData, grassrootsDataSchema } from './grassroots.js';
import { type HotlineData, hotlineDataSchema } from './hotline.js';
import type { FeedKind } from './kinds.js';
import { type PetitionsData, petitionsDataSchema } from './petitions.js';

/** The `data` type of each feed kind. */
export interface FeedDataMap {
  petitions: PetitionsData;
  hotline: HotlineData;
  fire: FireData;
  antifraud: AntifraudData;
  grassroots: GrassrootsData;
}

/** The `data` of a self-describing feed: its declared tables of records. */
export type TableData = Record<string, Record<string, unknown>[]>;

/** The `data` of any feed. */
export type FeedData = FeedDataMap[FeedKind] | TableData;

/** The zod schema of each kind's `data`. Every top-level field is an array of records. */
export const FEED_DATA_SCHEMAS = Object.freeze({
  petitions: petitionsDataSchema,
  hotline: hotlineDataSchema,
  fire: fireDataSchema,
  antifraud: antifraudDataSchema,
  grassroots: grassrootsDataSchema,
}) satisfies Record<FeedKind, z.ZodObject>;

/** The per-record schema of each record array of a kind, keyed by field name. */
export function recordSchemas(kind: FeedKind): [string, z.ZodType][] {
  const shape = FEED_DATA_SCHEMAS[kind].shape as Record<string, z.ZodArray<z.ZodType>>;
  return Object.entries(shape).map(([key, array]) => [key, array.element]);
}
