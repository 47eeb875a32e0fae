import { describe, expect, it } from 'vitest';
import {
  connectFeedClient,
  createFeedClient,
  createOnescreenStore,
  createRecordsSelector,
  type FeedConfig,
  type FeedStatus,
} from '../src/client/index.js';
import { FakeClock } from './helpers/fake-clock.js';
import { fakeEventSources } from './helpers/fake-event-source.js';
import { createFakeFetch, jsonResponse } from './helpers/fake-fetch.js';
import { FakeVisibility } from './helpers/fake-visibility.js';
import { exposeGc, heapUsed } from './helpers/heap.js';
import { type TestRecord, testDoc, testParse } from './helpers/test-feed.js';

const TICKS = Number(process.env.SOAK_TICKS ?? 100_000);
const TICK_MS = 250;
const SAMPLE_EVERY = 10_000;

const records = (v: number): TestRecord[] =>
  Array.from({ length: 40 }, (_, i) => ({
    district: i % 2 === 0 ? '330109' : '330411',
    month: `2022-${String((i % 12) + 1).padStart(2, '0')}`,
    count: v + i,
  }));

describe('soak', () => {
  it(`stays flat in heap, timers and listeners over ${TICKS} ticks`, {
    timeout: 300_000,
  }, async () => {
    const clock = new FakeClock();
    const visibility = new FakeVisibility();
    const streams = fakeEventSources();
    let version = 0;
    // A server that mostly works and sometimes fails in every way the client knows.
    const net = createFakeFetch((call, i) => {
      const phase = i % 50;
      if (phase === 7) return new Response('busy', { status: 503 });
      if (phase === 13) return new TypeError('fetch failed');
      if (phase === 29) return 'hang';
      if (phase === 41) return jsonResponse('{"kind": ');
      if (i % 10 === 0) version += 1;
      const etag = `"v${version}"`;
      if (call.headers.get('if-none-match') === etag) return new Response(null, { status: 304 });
      return jsonResponse(testDoc(`2022-12-31T14:00:00+08:00`, records(version)), { etag });
    });
    net.forgetCalls();
    const base = { intervalMs: 1000, timeoutMs: 300, staleAfterMs: 5000, maxBackoffMs: 4000 };
    const feeds: FeedConfig[] = [
      { id: 'left', url: '/shared.json', ...base },
      { id: 'right', url: '/shared.json', ...base },
      { id: 'pushed', url: '/pushed.json', sse: '/pushed/stream', ...base },
    ];
    const client = createFeedClient({
      feeds,
      parse: testParse,
      fetch: net.fetch,
      clock,
      visibility,
      eventSource: streams.factory,
      random: () => 0.5,
    });
    const store = createOnescreenStore();
    const unlink = connectFeedClient(store, client);
    const xiaoshan = createRecordsSelector<TestRecord>({
      feed: 'left',
      records: (data) => (data as { records: TestRecord[] }).records,
      date: (r) => r.month,
    });
    const seen = new Set<FeedStatus>();
    const gc = exposeGc();
    const samples: {
      tick: number;
      heap: number;
      timers: number;
      listeners: number;
      streams: number;
    }[] = [];
    let maxTimers = 0;
    let selected = 0;

    client.start();
    for (let tick = 1; tick <= TICKS; tick++) {
      await clock.advance(TICK_MS);
      // Widgets come and go: a subscriber per tick, removed at once.
      const off = client.subscribe(() => {});
      off();
      seen.add(store.getState().feeds.left?.status ?? 'loading');
      if (tick % 7 === 0) store.getState().selectPlace(tick % 14 === 0 ? '330109' : undefined);
      selected += xiaoshan(store.getState()).length;
      const stream = streams.latest();
      if (stream !== undefined && !stream.closed) {
        if (tick % 211 === 0) stream.fail();
        else if (tick % 101 === 0) stream.push(testDoc('2022-12-31T14:30:00+08:00', records(tick)));
        else if (tick % 13 === 0) stream.open();
      }
      if (tick % 997 === 0) visibility.set(false);
      if (tick % 997 === 50) visibility.set(true);
      streams.prune();
      maxTimers = Math.max(maxTimers, clock.pending);
      if (tick % SAMPLE_EVERY === 0) {
        samples.push({
          tick,
          heap: heapUsed(gc),
          timers: clock.pending,
          listeners: visibility.listenerCount,
          streams: streams.openCount,
        });
      }
    }
    client.stop();
    unlink();

    // The run did real work: tens of thousands of requests, fresh and stale spells (hidden
    // spells outlast the stale limit), records selected.
    expect(net.count).toBeGreaterThan(20_000);
    expect(seen.has('ready')).toBe(true);
    expect(seen.has('stale')).toBe(true);
    expect(selected).toBeGreaterThan(0);

    // Timers: at most poll + request timeout + stream retry per URL and a stale timer per feed.
    expect(maxTimers).toBeLessThanOrEqual(2 * 3 + 3);
    for (const s of samples) {
      expect(s.listeners).toBe(1);
      expect(s.streams).toBeLessThanOrEqual(1);
    }
    expect(clock.pending).toBe(0);
    expect(visibility.listenerCount).toBe(0);
    expect(streams.openCount).toBe(0);

    // Heap: after warm-up, the last sample is within a small bound of the first.
    const first = samples[0]?.heap ?? 0;
    const last = samples[samples.length - 1]?.heap ?? 0;
    const tolerance = gc === undefined ? 16 * 2 ** 20 : 2 * 2 ** 20;
    console.info(
      `soak: ${TICKS} ticks, ${net.count} requests, gc ${gc ? 'exposed' : 'absent'}, heap MB ` +
        samples.map((s) => (s.heap / 2 ** 20).toFixed(2)).join(' '),
      `max timers ${maxTimers}`,
    );
    expect(last - first).toBeLessThan(tolerance);
  });
});
