import type { FeedClient, FeedClientState, FeedState } from '@onescreen/core';
import type { AreaFeature } from '@onescreen/geo';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScreenConfig } from '../src/config/schema.js';
import {
  initialFeedState,
  prestartBindingsContext,
  prestartedFeedsSettle,
  prestartScreenFeeds,
  takeScreenFeeds,
} from '../src/feeds/screen-feeds.js';
import { screenPlaceNames } from '../src/model/place-names.js';
import { receiveViews, workerResult } from '../src/model/worker-views.js';

/** A feed client that only records being stopped, with a state the test sets. */
function fakeClient(name: string) {
  let state: FeedClientState = {};
  const listeners = new Set<(s: FeedClientState) => void>();
  const client: FeedClient & { name: string; stopped: boolean; set(s: FeedClientState): void } = {
    name,
    stopped: false,
    start() {},
    stop() {
      client.stopped = true;
    },
    refresh: async () => {},
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    set(next) {
      state = next;
      for (const l of listeners) l(next);
    },
  };
  return client;
}

const feed = (id: string, status: FeedState['status']) => ({ [id]: { id, status } as FeedState });
const configA = { feeds: {} } as unknown as ScreenConfig;
const configB = { feeds: {} } as unknown as ScreenConfig;
// Feeds as a validated config holds them (only what the client reads).
const withFeeds = {
  feeds: {
    traffic: { url: 'feeds/traffic-accidents.json', refreshSeconds: 60 },
    air: { url: 'feeds/air-quality.json', refreshSeconds: 60 },
  },
  // The bindings the feed worker runs (none here).
  panels: [],
  alerts: [],
} as unknown as ScreenConfig;

// Each test leaves no prestarted client behind (the module holds at most one).
afterEach(() => {
  takeScreenFeeds(configA, null, () => fakeClient('cleanup'));
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('feeds started before the screen mounts', () => {
  it('hand the screen the client started for its config, once', () => {
    const started: string[] = [];
    const start = (c: ScreenConfig) => {
      const client = fakeClient(c === configA ? 'A' : 'B');
      started.push(client.name);
      return client;
    };
    prestartScreenFeeds(configA, null, start);
    const first = takeScreenFeeds(configA, null, start) as ReturnType<typeof fakeClient>;
    expect(first.name).toBe('A');
    expect(first.stopped).toBe(false);
    // A second screen of the same config (StrictMode, a remount) gets a client of its own.
    const second = takeScreenFeeds(configA, null, start) as ReturnType<typeof fakeClient>;
    expect(second).not.toBe(first);
    expect(started).toEqual(['A', 'A']);
  });

  it("tell the prestarted worker the first render's context, in the names the screen will use", () => {
    const contexts: unknown[] = [];
    const early = Object.assign(fakeClient('early'), {
      setContext: (c: unknown) => contexts.push(c),
    });
    prestartScreenFeeds(configA, null, () => early);
    const boundaries = [
      { type: 'Feature', id: '330109', properties: { name: '萧山区' }, geometry: null },
    ] as unknown as AreaFeature[];
    const drill: { features: AreaFeature[] }[] = [];
    const names = screenPlaceNames(boundaries, drill);
    prestartBindingsContext('2022', names);
    expect(contexts).toEqual([
      {
        seq: expect.any(Number),
        place: undefined,
        period: '2022',
        names: [['330109', { 'zh-CN': '萧山区', en: '萧山区' }]],
      },
    ]);
    // The screen, given the same boundaries and drill layers, looks its views up in the very
    // same names, so the worker's results for this context are found.
    expect(screenPlaceNames(boundaries, drill)).toBe(names);
    const value = {};
    const seq = (contexts[0] as { seq: number }).seq;
    const run = { ok: false as const, fault: { path: [], message: { 'zh-CN': '无', en: 'none' } } };
    receiveViews('petitions', value as never, { seq, runs: { '/w': run } });
    expect(workerResult(value, '/w', names, { place: undefined, period: '2022' })).toEqual(run);
    // Other drill layers name more places: another lookup.
    expect(screenPlaceNames(boundaries, [])).not.toBe(names);
  });

  it('stop a client started for another config or feeds parameter', () => {
    const early = fakeClient('early');
    prestartScreenFeeds(configA, null, () => early);
    const other = takeScreenFeeds(configB, null, () => fakeClient('B'));
    expect(early.stopped).toBe(true);
    expect((other as ReturnType<typeof fakeClient>).name).toBe('B');

    const early2 = fakeClient('early2');
    prestartScreenFeeds(configA, null, () => early2);
    takeScreenFeeds(configA, 'https://feeds.example/', () => fakeClient('elsewhere'));
    expect(early2.stopped).toBe(true);
  });

  it('give their state only to the screen they were started for; others start all loading', () => {
    const early = fakeClient('early');
    early.set(feed('hotline', 'ready'));
    prestartScreenFeeds(configA, null, () => early);
    expect(initialFeedState(configA, null)).toEqual(feed('hotline', 'ready'));
    vi.stubGlobal('location', { href: 'http://wall.example/screen/' });
    const other = initialFeedState(withFeeds, null);
    expect(Object.keys(other)).toEqual(['traffic', 'air']);
    expect(Object.values(other).map((f) => f.status)).toEqual(['loading', 'loading']);
  });

  it('settle when no feed is loading any more', async () => {
    const early = fakeClient('early');
    early.set({ ...feed('a', 'loading'), ...feed('b', 'loading') });
    prestartScreenFeeds(configA, null, () => early);
    let settled = false;
    const waiting = prestartedFeedsSettle(60_000).then(() => {
      settled = true;
    });
    early.set({ ...feed('a', 'ready'), ...feed('b', 'loading') });
    await Promise.resolve();
    expect(settled).toBe(false);
    // An error settles a feed too: the screen shows it rather than waiting.
    early.set({ ...feed('a', 'ready'), ...feed('b', 'error') });
    await waiting;
    expect(settled).toBe(true);
  });

  it('stop waiting at the cap while a feed is still loading', async () => {
    vi.useFakeTimers();
    const early = fakeClient('early');
    early.set(feed('slow', 'loading'));
    prestartScreenFeeds(configA, null, () => early);
    let settled = false;
    const waiting = prestartedFeedsSettle(1500).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(1499);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(settled).toBe(true);
  });

  it('do not hold up a screen when none were started', async () => {
    await expect(prestartedFeedsSettle(60_000)).resolves.toBeUndefined();
  });
});
