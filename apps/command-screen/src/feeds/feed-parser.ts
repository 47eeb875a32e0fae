import { type FeedKind, isFeedKind, type ParseFeed, parseFeed } from '@onescreen/core';
import type { ScreenConfig } from '../config/schema.js';

/** The kind each configured feed must have (undefined: read it as it says, self-describing). */
export type FeedKinds = Readonly<Record<string, string | undefined>>;

/**
 * A feed must have the kind its config names; one named after a built-in kind must be that
 * kind; any other is read as it says (a self-describing feed).
 */
export function feedKinds(config: Pick<ScreenConfig, 'feeds'>): FeedKinds {
  return Object.fromEntries(
    Object.entries(config.feeds).map(([id, f]) => [
      id,
      f.kind ?? (isFeedKind(id) ? id : undefined),
    ]),
  );
}

/** The parser of the screen's feeds, in the feed worker or on the page. */
export function feedParser(kinds: FeedKinds): ParseFeed {
  return (input, feed) => parseFeed(input, kinds[feed.id] as FeedKind | undefined);
}
