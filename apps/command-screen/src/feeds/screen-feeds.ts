import {
  type Binding,
  createFeedClient,
  createWorkerFeedClient,
  type FeedClient,
  type FeedClientState,
  type FeedState,
  type LocalText,
} from '@onescreen/core';
import { compileRules } from '../alerts/compile-rules.js';
import { bindingsOf, coverageLayer } from '../config/bindings-of.js';
import type { ScreenConfig } from '../config/schema.js';
import { bindingsContextSender, receiveViews } from '../model/worker-views.js';
import { ownKey, type WorkerBinding } from './binding-deriver.js';
import { resolveFeeds } from './feed-configs.js';
import { type FeedWorkerData, feedKinds, feedParser } from './feed-parser.js';
import { takeFeedWorker } from './feed-worker.js';

/** A screen's feed client; one in a worker also runs the bindings there (`setContext`). */
export type ScreenFeedClient = FeedClient & { setContext?: (context: unknown) => void };

/** Starts a feed client for a screen's feeds (`feedsBase`: the page's `feeds` parameter). */
export type StartFeeds = (config: ScreenConfig, feedsBase: string | null) => ScreenFeedClient;

/**
 * What the feed worker runs: every widget's binding in the screen's selection; every alert
 * rule's in the live period (the config's default) for the whole area, as the AlertEngine reads
 * them; and the coverage's stations, all of them in no period, as the CoverageRunner reads them.
 */
export function workerBindings(config: ScreenConfig): WorkerBinding[] {
  const period = config.period?.default;
  const rules: WorkerBinding[] = compileRules(config).flatMap((r) =>
    r.source.kind === 'bind'
      ? [{ key: ownKey(r.source.path, period), bind: r.source.bind, own: { period } }]
      : [],
  );
  const stations = coverageLayer(config);
  const coverage: WorkerBinding[] = stations
    ? [
        {
          key: ownKey(stations.path, undefined),
          bind: stations.bind as Binding,
          own: { period: undefined },
        },
      ]
    : [];
  const widgets = bindingsOf(config).map((b) => ({ key: b.path, bind: b.bind as Binding }));
  return [...widgets, ...rules, ...coverage];
}

/**
 * The screen's feed client, not started (nothing runs before `start()`): fetching, parsing and
 * the widgets' bindings run in a worker; the page's own thread reads the feeds if it cannot.
 */
function screenFeedClient(config: ScreenConfig, feedsBase: string | null): ScreenFeedClient {
  const feeds = resolveFeeds(config.feeds, location.href, feedsBase);
  const kinds = feedKinds(config);
  const data: FeedWorkerData = { kinds, bindings: workerBindings(config) };
  return createWorkerFeedClient({
    feeds,
    data,
    worker: takeFeedWorker,
    fallback: () => createFeedClient({ feeds, parse: feedParser(kinds) }),
    onDerived: receiveViews,
  });
}

/** The screen's feed client, started. */
export const startScreenFeeds: StartFeeds = (config, feedsBase) => {
  const client = screenFeedClient(config, feedsBase);
  client.start();
  return client;
};

/** A client started before its screen mounted, with what it was started for. */
let early: { config: ScreenConfig; feedsBase: string | null; client: ScreenFeedClient } | undefined;

/**
 * Starts a screen's feeds as soon as its config is validated, so the worker reads them while the
 * page waits for its fonts, instead of after the screen has mounted.
 */
export function prestartScreenFeeds(
  config: ScreenConfig,
  feedsBase: string | null,
  start: StartFeeds = startScreenFeeds,
): void {
  early?.client.stop();
  early = { config, feedsBase, client: start(config, feedsBase) };
}

/**
 * Tell the prestarted client's worker the context its screen will first render in (no place,
 * the start period, the screen's place names: see screenPlaceNames), so that the views of the
 * first render are worked out there, with the feeds, instead of on the page.
 */
export function prestartBindingsContext(
  period: string | undefined,
  placeName: (code: string) => LocalText | undefined,
): void {
  const setContext = early?.client.setContext;
  if (setContext) bindingsContextSender(setContext)(undefined, period, placeName);
}

const isFor = (config: ScreenConfig, feedsBase: string | null) =>
  early !== undefined && early.config === config && early.feedsBase === feedsBase;

/**
 * The prestarted client when it was started for this very config and feeds parameter, else a
 * new one (and the prestarted one, nobody's, is stopped). Each client is handed out once.
 */
export function takeScreenFeeds(
  config: ScreenConfig,
  feedsBase: string | null,
  start: StartFeeds = startScreenFeeds,
): ScreenFeedClient {
  const mine = isFor(config, feedsBase);
  const held = early?.client;
  early = undefined;
  if (mine && held) return held;
  held?.stop();
  return start(config, feedsBase);
}

/**
 * What a screen's store starts with: what the prestarted client holds when it was started for
 * this config and parameter (the feeds the boot step waited for), else every feed loading, as a
 * client reports before it starts. The screen's widgets render before its client connects (an
 * effect), and a feed the store has never heard of reads as "not configured".
 */
export function initialFeedState(config: ScreenConfig, feedsBase: string | null): FeedClientState {
  const held = isFor(config, feedsBase) ? early?.client : undefined;
  return (held ?? screenFeedClient(config, feedsBase)).getState();
}

/** Resolves once no prestarted feed is loading any more, or after `capMs`, whichever is first. */
export function prestartedFeedsSettle(capMs: number): Promise<void> {
  const client = early?.client;
  const settled = (s: FeedClientState) => Object.values(s).every((f) => f.status !== 'loading');
  if (!client || settled(client.getState())) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, capMs);
    const unsubscribe = client.subscribe((s) => {
      if (settled(s)) done();
    });
  });
}

/**
 * Calls `settled` once with the prestarted client's feed `id`, as soon as it is no longer
 * loading (at once if it is not). Nothing happens without a prestarted client.
 */
export function whenPrestartedFeed(id: string, settled: (feed: FeedState) => void): void {
  const client = early?.client;
  if (!client) return;
  const done = (s: FeedClientState) => {
    const feed = s[id];
    return feed && feed.status !== 'loading' ? feed : undefined;
  };
  const now = done(client.getState());
  if (now) {
    settled(now);
    return;
  }
  const unsubscribe = client.subscribe((s) => {
    const feed = done(s);
    if (!feed) return;
    unsubscribe();
    settled(feed);
  });
}
