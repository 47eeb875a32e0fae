import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createFeedClient,
  createWorkerFeedClient,
  type FeedClient,
  type FeedConfig,
  type FeedDeriver,
  type FeedState,
  type FeedWorkerLike,
  type FromFeedWorker,
  hostFeedClient,
  type MessageEnd,
  type ParseFeed,
} from '../src/client/index.js';
import { FakeClock, settle } from './helpers/fake-clock.js';
import { createFakeFetch, jsonResponse } from './helpers/fake-fetch.js';
import { FakeVisibility } from './helpers/fake-visibility.js';
import { docWithDrop, testDoc, testFeedConfig, testParse } from './helpers/test-feed.js';

// The feed client run in a worker (here: the other end of a real MessageChannel), as the screen
// runs it: the page gets each feed's state, and its value only when it changed.

const feed: FeedConfig = testFeedConfig('petitions');

const doc = docWithDrop;

/** Wait until `ready()` holds, letting messages cross: conditions, not times. */
async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ready(); i++) await settle();
  expect(ready()).toBe(true);
}

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

interface Extra {
  deriver?: () => FeedDeriver;
  onDerived?: (id: string, value: unknown, derived: unknown) => void;
}

function setup(body: (index: number) => unknown, extra: Extra = {}) {
  const clock = new FakeClock();
  const net = createFakeFetch((_, i) => jsonResponse(body(i)));
  const page = new FakeVisibility();
  let workerVisible: (() => boolean) | undefined;
  let hostData: unknown;
  let terminated = 0;
  let parses = 0;
  const parse: ParseFeed = (input) => {
    parses += 1;
    return testParse(input);
  };
  const worker = (): FeedWorkerLike => {
    const { port1, port2 } = new MessageChannel();
    const hostEnd = port2 as unknown as MessageEnd<never, never>;
    hostFeedClient(
      hostEnd,
      ({ feeds, visibility, data }) => {
        workerVisible = () => visibility.isVisible();
        hostData = data;
        return createFeedClient({ feeds, parse, fetch: net.fetch, clock, visibility });
      },
      extra.deriver,
    );
    port1.start();
    port2.start();
    const end = port1 as unknown as FeedWorkerLike;
    end.terminate = () => {
      terminated += 1;
      port1.close();
      port2.close();
    };
    return end;
  };
  const client = createWorkerFeedClient({
    feeds: [feed],
    worker,
    data: { kinds: { petitions: 'petitions' } },
    visibility: page,
    ...(extra.onDerived ? { onDerived: extra.onDerived } : {}),
  });
  cleanup = () => client.stop();
  return {
    clock,
    net,
    page,
    client,
    parses: () => parses,
    workerVisible: () => workerVisible?.(),
    hostData: () => hostData,
    terminated: () => terminated,
  };
}

describe('the feed client in a worker', () => {
  it('delivers parsed values, and keeps them when a poll brings the same document', async () => {
    const t = setup(() => doc(5));
    expect(t.client.getState().petitions?.status).toBe('loading');
    t.client.start();
    await until(() => t.client.getState().petitions?.status === 'ready');
    const first = t.client.getState().petitions;
    expect(t.hostData()).toEqual({ kinds: { petitions: 'petitions' } });
    expect(first?.value?.data).toEqual({
      records: [{ district: '330109', month: '2022-12', count: 5 }],
    });
    expect(first?.dropped).toHaveLength(1);
    expect(first?.records).toBe(2);
    await t.clock.advance(10_000);
    await until(
      () => (t.client.getState().petitions?.lastSuccess ?? 0) > (first?.lastSuccess ?? 0),
    );
    const second = t.client.getState().petitions;
    expect(t.net.count).toBe(2);
    expect(t.parses()).toBe(1);
    expect(second).not.toBe(first);
    expect(second?.value).toBe(first?.value);
    expect(second?.dropped).toBe(first?.dropped);
  });

  it('delivers a changed document as a new value', async () => {
    const t = setup((i) => doc(i === 0 ? 5 : 8));
    t.client.start();
    await until(() => t.client.getState().petitions?.status === 'ready');
    const first = t.client.getState().petitions?.value;
    await t.clock.advance(10_000);
    await until(() => t.client.getState().petitions?.value !== first);
    expect(t.client.getState().petitions?.value?.data).toEqual({
      records: [{ district: '330109', month: '2022-12', count: 8 }],
    });
  });

  it('keeps the objects of records a changed document sends again, and parses the new ones', async () => {
    const months = ['2022-08', '2022-09', '2022-10', '2022-11', '2022-12'];
    // The second document changes the last month's count and keeps the other four records.
    const body = (i: number) =>
      testDoc(
        '2022-12-31T14:00:00+08:00',
        months.map((month, k) => ({
          district: '330109',
          month,
          count: k === 4 && i > 0 ? 99 : k + 1,
        })),
      );
    const t = setup(body);
    t.client.start();
    await until(() => t.client.getState().petitions?.status === 'ready');
    const first = t.client.getState().petitions?.value as { data: { records: object[] } };
    await t.clock.advance(10_000);
    await until(() => t.client.getState().petitions?.value !== first);
    const second = t.client.getState().petitions?.value as { data: { records: object[] } };
    expect(second).toEqual(body(1));
    for (let k = 0; k < 4; k++) expect(second.data.records[k]).toBe(first.data.records[k]);
    expect(second.data.records[4]).not.toBe(first.data.records[4]);
    expect(second.data.records[4]).toEqual({ district: '330109', month: '2022-12', count: 99 });
  });

  it("runs the deriver on each new value with the page's latest context, and hands the result over with that value", async () => {
    const seen: { context: unknown; count: unknown }[] = [];
    const deriver = (): FeedDeriver => {
      let context: unknown;
      return {
        setContext: (c) => {
          context = c;
        },
        derive: (_id, value) => {
          const count = (value.data as { records: { count: number }[] }).records[0]?.count;
          seen.push({ context, count });
          return { context, count };
        },
      };
    };
    const received: { value: unknown; derived: unknown; published: boolean }[] = [];
    let published: unknown;
    const t = setup((i) => doc(i < 2 ? 5 : 8), {
      deriver,
      onDerived: (_id, value, derived) =>
        received.push({ value, derived, published: published === value }),
    });
    t.client.subscribe((s) => {
      published = s.petitions?.value;
    });
    // Set before start: the worker gets it right after its start message.
    t.client.setContext({ period: '2022' });
    t.client.start();
    await until(() => t.client.getState().petitions?.status === 'ready');
    expect(received).toHaveLength(1);
    // Handed over before the state that holds this very value is published.
    expect(received[0]?.value).toBe(t.client.getState().petitions?.value);
    expect(received[0]?.published).toBe(false);
    expect(received[0]?.derived).toEqual({ context: { period: '2022' }, count: 5 });

    // The same document again: no new value, so no derivation.
    t.client.setContext({ period: '2022-06' });
    await t.clock.advance(10_000);
    await until(() => t.net.count === 2);
    await until(() => t.client.getState().petitions?.lastSuccess === t.clock.now());
    expect(seen).toHaveLength(1);

    // A changed document is derived with the context set since.
    await t.clock.advance(10_000);
    await until(() => received.length === 2);
    expect(received[1]?.value).toBe(t.client.getState().petitions?.value);
    expect(received[1]?.derived).toEqual({ context: { period: '2022-06' }, count: 8 });
  });

  it('hands over nothing derived from a value the page could not rebuild from its delta', () => {
    let hear: ((event: { data: FromFeedWorker }) => void) | undefined;
    const fake = {
      postMessage() {},
      addEventListener(type: string, listener: (event: { data: FromFeedWorker }) => void) {
        if (type === 'message') hear = listener;
      },
      removeEventListener() {},
      terminate() {},
    } as unknown as FeedWorkerLike;
    const received: unknown[] = [];
    const client = createWorkerFeedClient({
      feeds: [feed],
      worker: () => fake,
      visibility: new FakeVisibility(),
      onDerived: (_id, _value, derived) => received.push(derived),
    });
    cleanup = () => client.stop();
    client.start();
    const { value: _v, dropped: _d, ...state } = client.getState().petitions as FeedState;
    const ready = { ...state, status: 'ready' as const };
    hear?.({
      data: {
        type: 'state',
        feeds: [{ state: ready, valueText: JSON.stringify(doc(5)), derived: 'first' }],
      },
    });
    const first = client.getState().petitions?.value;
    // A delta naming a record the page never had: the feed keeps its last value.
    const delta = { rest: JSON.stringify({ ...doc(6), data: {} }), tables: { records: [9] } };
    hear?.({
      data: { type: 'state', feeds: [{ state: ready, valueDelta: delta, derived: 'second' }] },
    });
    expect(client.getState().petitions?.value).toBe(first);
    expect(received).toEqual(['first']);
  });

  it('passes the page visibility on, and refreshes on request', async () => {
    const t = setup(() => doc(5));
    t.client.start();
    await until(() => t.client.getState().petitions?.status === 'ready');
    expect(t.workerVisible()).toBe(true);
    t.page.set(false);
    await until(() => t.workerVisible() === false);
    await t.clock.advance(60_000);
    expect(t.net.count).toBe(1);
    t.page.set(true);
    await until(() => t.net.count === 2);
    await t.client.refresh('petitions');
    expect(t.net.count).toBe(3);
    await expect(t.client.refresh('nope')).rejects.toThrow('unknown feed: nope');
  });

  it('stops the worker on stop, and reads on the page when the worker fails', async () => {
    const t = setup(() => doc(5));
    t.client.start();
    await until(() => t.client.getState().petitions?.status === 'ready');
    t.client.stop();
    expect(t.terminated()).toBe(1);

    // A worker that never runs: its error event hands over to the fallback on the page.
    const clock = new FakeClock();
    const net = createFakeFetch(() => jsonResponse(doc(6)));
    let fail: ((e: { message?: string }) => void) | undefined;
    const broken = {
      postMessage() {},
      addEventListener(type: string, listener: (e: { message?: string }) => void) {
        if (type === 'error') fail = listener;
      },
      removeEventListener() {},
      terminate() {},
    } as unknown as FeedWorkerLike;
    let fallback: FeedClient | undefined;
    const warn = console.warn;
    const warned: string[] = [];
    console.warn = (m: string) => warned.push(m);
    try {
      const client = createWorkerFeedClient({
        feeds: [feed],
        worker: () => broken,
        fallback: () => {
          fallback = createFeedClient({
            feeds: [feed],
            parse: testParse,
            fetch: net.fetch,
            clock,
            visibility: new FakeVisibility(),
          });
          return fallback;
        },
      });
      cleanup = () => client.stop();
      client.start();
      fail?.({ message: 'script failed to load' });
      expect(fallback).toBeDefined();
      await until(() => client.getState().petitions?.status === 'ready');
      expect(client.getState().petitions?.value?.data).toEqual({
        records: [{ district: '330109', month: '2022-12', count: 6 }],
      });
      expect(warned.join()).toContain('script failed to load');
    } finally {
      console.warn = warn;
    }
  });
});
