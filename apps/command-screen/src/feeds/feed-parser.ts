import { type FeedKind, isFeedKind, type ParseFeed, parseFeed } from '@onescreen/core';
import type { ScreenConfig } from '../config/schema.js';
import type { WorkerBinding } from './binding-deriver.js';

/** The kind each configured feed must have (undefined: read it as it says, self-describing). */
export type FeedKinds = Readonly<Record<string, string | undefined>>;

/** What the feed worker is started with: the kind of each feed, and the bindings it runs. */
export interface FeedWorkerData {
  /** The kind each feed must have. */
  kinds: FeedKinds;
  /** Every binding of the screen and its alert rules, run in the worker on each new value. */
  bindings: readonly WorkerBinding[];
}

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
