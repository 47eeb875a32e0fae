import { feedJsonSchema, selfDescribingJsonSchema } from '../../src/feeds/json-schema.js';
import { FEED_KINDS, type FeedKind } from '../../src/feeds/kinds.js';
import { antifraudFeed } from './antifraud.js';
import { stringifyFeed } from './envelope.js';
import { fireFeed } from './fire.js';
import { grassrootsFeed } from './grassroots.js';
import { hotlineFeed } from './hotline.js';
import { petitionsFeed } from './petitions.js';

/** Every sample feed, built in memory from the fixed seed. */
export async function buildFeeds(): Promise<Record<FeedKind, { data: Record<string, unknown[]> }>> {
  return {
    petitions: petitionsFeed(),
    hotline: hotlineFeed(),
    fire: await fireFeed(),
    antifraud: antifraudFeed(),
    grassroots: grassrootsFeed(),
  } as Record<FeedKind, { data: Record<string, unknown[]> }>;
}

/** File contents of data/feeds/<kind>.json, keyed by file name. */
export async function feedFiles(): Promise<Record<string, string>> {
  const feeds = await buildFeeds();
  return Object.fromEntries(FEED_KINDS.map((k) => [`${k}.json`, stringifyFeed(feeds[k])]));
}

/** File contents of data/schemas/<kind>.feed.schema.json, keyed by file name. */
export function schemaFiles(): Record<string, string> {
  return Object.fromEntries([
    ...FEED_KINDS.map((k) => [
      `${k}.feed.schema.json`,
      `${JSON.stringify(feedJsonSchema(k), null, 2)}\n`,
    ]),
    [
      'self-describing.feed.schema.json',
      `${JSON.stringify(selfDescribingJsonSchema(), null, 2)}\n`,
    ],
  ]);
}
