import type { FeedSource } from '../config/schema.js';

/** One feed as the feed client wants it (the shape of @onescreen/core's FeedConfig). */
export interface ResolvedFeed {
  id: string;
  url: string;
  intervalMs: number;
  timeoutMs: number;
  staleAfterMs: number;
  /** Push stream, resolved like the feed URL. */
  sse?: string;
}

/**
 * Resolve the config's feeds against `?feeds=` (itself relative to the page) or, without it,
 * against the page: the bundled sample data sits next to index.html in the build.
 */
export function resolveFeeds(
  feeds: Readonly<Record<string, FeedSource>>,
  pageUrl: string,
  feedsBase: string | null,
): ResolvedFeed[] {
  let base = new URL('./', pageUrl);
  if (feedsBase !== null) {
    const withSlash = feedsBase.endsWith('/') ? feedsBase : `${feedsBase}/`;
    base = new URL(withSlash, pageUrl);
  }
  return Object.entries(feeds).map(([id, f]) => ({
    id,
    url: new URL(f.url, base).href,
    intervalMs: f.refreshSeconds * 1000,
    timeoutMs: f.timeoutSeconds * 1000,
    staleAfterMs: f.staleSeconds * 1000,
    ...(f.sse === undefined ? {} : { sse: new URL(f.sse, base).href }),
  }));
}
