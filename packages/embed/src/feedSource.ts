import type { FeedState } from './feedProps.js';
import { FeedLoadError, type LoadedFeed, loadFeed } from './loadFeed.js';

/** Shortest refresh interval honoured, so a typo cannot hammer a feed server. */
export const minRefreshSeconds = 5;

/** The attributes that say where an element's data comes from. */
export interface FeedSpec {
  /** Feed URL; none means the widget lives on its `props` alone. */
  feed: string | null;
  /** JSON pointer into the feed (default "/data"). */
  pointer: string | null;
  /** Seconds between re-reads; none or not positive means read once. */
  refresh: string | null;
}

/** A running data source of one element; stop() aborts its request and its timer. */
export interface DataSource {
  stop(): void;
}

/** What a source reports to its element. */
export interface SourceHooks {
  /** The state to render now. */
  onChange(state: FeedState): void;
  /** Whether a loaded value fits the widget; a value that does not keeps the last one that did. */
  fits(loaded: LoadedFeed): boolean;
}

/**
 * Reads the feed the spec names: once right away (deferred by a microtask, so attributes set
 * together in one task cost one request), then every `refresh` seconds. Each state goes to
 * `hooks.onChange`; the last good data survives errors. Returns null when there is no feed.
 * (A `bind` attribute for the open data model would be a second kind of source next to this.)
 */
export function startFeedSource(
  spec: FeedSpec,
  previous: FeedState,
  hooks: SourceHooks,
): DataSource | null {
  const url = spec.feed;
  if (!url) return null;
  const pointer = spec.pointer ?? '/data';
  // The same feed again (a new refresh interval, say) keeps its data on screen meanwhile.
  let state: FeedState =
    previous.kind !== 'none' &&
    previous.url === url &&
    previous.pointer === pointer &&
    previous.last
      ? { kind: 'loading', url, pointer, last: previous.last }
      : { kind: 'loading', url, pointer };
  let abort: AbortController | undefined;
  let stopped = false;
  hooks.onChange(state);

  const read = async () => {
    abort?.abort();
    const current = new AbortController();
    abort = current;
    const last = state.kind !== 'none' ? state.last : undefined;
    try {
      const loaded = await loadFeed(url, pointer, current.signal);
      if (current.signal.aborted) return;
      // A value that does not fit the widget is reported, and the last one that did stays.
      state =
        !hooks.fits(loaded) && last && hooks.fits(last)
          ? { kind: 'ready', url, pointer, last, rejected: loaded }
          : { kind: 'ready', url, pointer, last: loaded };
    } catch (e) {
      if (current.signal.aborted) return;
      const problem =
        e instanceof FeedLoadError ? e.problem : { key: 'feedNetwork' as const, detail: String(e) };
      state = last
        ? { kind: 'error', url, pointer, problem, last }
        : { kind: 'error', url, pointer, problem };
    }
    if (!stopped) hooks.onChange(state);
  };

  queueMicrotask(() => {
    if (!stopped) void read();
  });
  const seconds = Number(spec.refresh);
  const timer =
    Number.isFinite(seconds) && seconds > 0
      ? setInterval(() => void read(), Math.max(seconds, minRefreshSeconds) * 1000)
      : undefined;
  return {
    stop() {
      stopped = true;
      abort?.abort();
      clearInterval(timer);
    },
  };
}
