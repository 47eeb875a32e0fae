import { readFileSync } from 'node:fs';

/** How the bench's copy of a screen config reads its feeds. */
export interface FeedMode {
  /** 'push': every feed over Server-Sent Events (polling pauses); 'poll': polling only. */
  transport: 'push' | 'poll';
  /** Poll interval in seconds (the config's minimum is 5). */
  refreshSeconds?: number;
}

/**
 * A screen config of data/screens (default.json unless named) with every feed read the
 * bench's way, as JSON text to serve next to the feeds.
 */
export function benchScreen(mode: FeedMode, screen = 'default.json'): string {
  const config = JSON.parse(
    readFileSync(new URL(`../../../data/screens/${screen}`, import.meta.url), 'utf8'),
  ) as { feeds: Record<string, Record<string, unknown>>; carousel?: Record<string, unknown> };
  // The carousel holds still for the hour the bench runs: a view turning in the middle of a
  // window would be counted as the cost of an update.
  config.carousel = {
    periodSeconds: 3600,
    epoch: new Date(Date.now() + 8 * 3600_000).toISOString().replace(/\.\d+Z$/, '+08:00'),
  };
  for (const feed of Object.values(config.feeds)) {
    const refresh = mode.refreshSeconds ?? 5;
    feed.refreshSeconds = refresh;
    feed.staleSeconds = Math.max(3600, refresh * 2);
    if (mode.transport === 'push') feed.sse = feed.url;
    else delete feed.sse;
  }
  return JSON.stringify(config);
}
