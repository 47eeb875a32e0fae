import type { FeedConfig } from './types.js';

const positive = (n: number): boolean => Number.isFinite(n) && n > 0;

/** Throw on a config the client cannot run: duplicate ids, empty URLs, non-positive times. */
export function validateFeedConfigs(feeds: readonly FeedConfig[]): void {
  const seen = new Set<string>();
  for (const feed of feeds) {
    if (seen.has(feed.id)) throw new Error(`feed client: duplicate feed id "${feed.id}"`);
    seen.add(feed.id);
    if (feed.url === '') throw new Error(`feed client: feed "${feed.id}" has no url`);
    for (const key of ['intervalMs', 'timeoutMs', 'staleAfterMs'] as const) {
      if (!positive(feed[key])) {
        throw new Error(`feed client: feed "${feed.id}" needs a positive ${key}`);
      }
    }
    if (feed.maxBackoffMs !== undefined && !positive(feed.maxBackoffMs)) {
      throw new Error(`feed client: feed "${feed.id}" needs a positive maxBackoffMs`);
    }
    const share = feed.degradedDropShare;
    if (share !== undefined && !(share >= 0 && share <= 1)) {
      throw new Error(`feed client: feed "${feed.id}" needs a degradedDropShare from 0 to 1`);
    }
  }
}
