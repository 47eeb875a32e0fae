import { describe, expect, it } from 'vitest';
import { createFeedClient, type FeedConfig } from '../src/client/index.js';
import { FakeClock, settle } from './helpers/fake-clock.js';
import { createFakeFetch, jsonResponse } from './helpers/fake-fetch.js';
import { FakeVisibility } from './helpers/fake-visibility.js';
import { testDoc, testParse } from './helpers/test-feed.js';

const feed = (id: string, url = `https://feeds.test/${id}.json`): FeedConfig => ({
  id,
  url,
  intervalMs: 10_000,
  timeoutMs: 2_000,
  staleAfterMs: 60_000,
});

function setup(feeds: FeedConfig[], answer: Parameters<typeof createFakeFetch>[0]) {
  const clock = new FakeClock();
  const visibility = new FakeVisibility();
  const net = createFakeFetch(answer);
  const client = createFeedClient({ feeds, parse: testParse, fetch: net.fetch, clock, visibility });
  return { clock, visibility, net, client };
}

const good = () =>
  jsonResponse(
    testDoc('2022-12-31T14:00:00+08:00', [{ district: '330109', month: '2022-12', count: 3 }]),
  );

describe('feed client polling (fake timers)', () => {
  it('starts loading, fetches at once, then polls on its interval', async () => {
    const { clock, net, client } = setup([feed('petitions')], good);
    expect(client.getState().petitions?.status).toBe('loading');
    client.start();
    await settle();
    const state = client.getState().petitions;
    expect(state?.status).toBe('ready');
    expect(state?.asOf).toBe('2022-12-31T14:00:00+08:00');
    expect(state?.lastSuccess).toBe(clock.now());
    expect(state?.lastError).toBeUndefined();
    expect(net.count).toBe(1);
    await clock.advance(9_999);
    expect(net.count).toBe(1);
    await clock.advance(1);
    expect(net.count).toBe(2);
    await clock.advance(30_000);
    expect(net.count).toBe(5);
    client.stop();
  });

  it('makes one request per URL however many feeds share it', async () => {
    const shared = 'https://feeds.test/shared.json';
    const { clock, net, client } = setup([feed('a', shared), feed('b', shared), feed('c')], good);
    client.start();
    await settle();
    await clock.advance(20_000);
    expect(net.calls.filter((c) => c.url === shared)).toHaveLength(3);
    expect(net.calls.filter((c) => c.url.endsWith('c.json'))).toHaveLength(3);
    const { a, b } = client.getState();
    expect(a?.status).toBe('ready');
    expect(b?.value).toEqual(a?.value);
    client.stop();
  });

  it('never overlaps two requests to one feed; refresh mid-request joins it', async () => {
    const { clock, net, client } = setup([{ ...feed('slow'), timeoutMs: 60_000 }], () => 'hang');
    client.start();
    await settle();
    expect(net.count).toBe(1);
    const joined = client.refresh('slow');
    await clock.advance(35_000); // three intervals pass while the request hangs
    expect(net.count).toBe(1);
    expect(net.maxConcurrent).toBe(1);
    await clock.advance(25_000); // timeout ends it
    await joined;
    expect(client.getState().slow?.lastError).toBe('slow: timed out after 60000 ms');
    client.stop();
  });

  it('aborts a request past its timeout and says so', async () => {
    const { clock, net, client } = setup([feed('hotline')], () => 'hang');
    client.start();
    await settle();
    await clock.advance(1_999);
    expect(net.calls[0]?.signal?.aborted).toBe(false);
    await clock.advance(1);
    expect(net.calls[0]?.signal?.aborted).toBe(true);
    const state = client.getState().hotline;
    expect(state?.status).toBe('error');
    expect(state?.lastError).toBe('hotline: timed out after 2000 ms');
    expect(state?.lastErrorKind).toBe('timeout');
    client.stop();
  });

  it('keeps the last good value through HTTP errors, bad JSON and rejected envelopes', async () => {
    const answers = [
      good(),
      new Response('oops', { status: 500 }),
      jsonResponse('{"kind": "petitions", '),
      jsonResponse({ kind: 'petitions', schemaVersion: 1, asOf: 'x', source: 's', data: {} }),
      new TypeError('fetch failed'),
    ];
    // A long stale limit: this test is about the value, not about its age.
    const config = { ...feed('petitions'), staleAfterMs: 3_600_000 };
    const { clock, client } = setup([config], (_c, i) => answers[i] ?? good());
    client.start();
    await settle();
    const first = client.getState().petitions?.value;
    expect(first).toBeDefined();
    const messages: (string | undefined)[] = [];
    for (let i = 1; i < answers.length; i++) {
      await clock.advance(clock.delays()[0] ?? 0); // the next poll
      const state = client.getState().petitions;
      expect(state?.value).toBe(first);
      expect(state?.status).toBe('ready');
      messages.push(state?.lastError);
    }
    expect(messages).toEqual([
      'petitions: HTTP 500',
      expect.stringMatching(/^petitions: \(document\) expected complete, valid JSON text, found /),
      'petitions: /data/records expected an array, found nothing',
      'petitions: fetch failed',
    ]);
  });

  it('reports dropped records and keeps the good ones', async () => {
    const doc = testDoc('2022-12-31T14:00:00+08:00', [
      { district: '330109', month: '2022-11', count: 4 },
      { district: '330109', month: '2022-12', count: -4 },
    ]);
    const { client } = setup([feed('petitions')], () => jsonResponse(doc));
    client.start();
    await settle();
    const state = client.getState().petitions;
    expect(state?.dropped).toEqual([
      { pointer: '/data/records/1/count', reason: 'expected a non-negative integer, found -4' },
    ]);
    expect(state?.value?.data).toEqual({
      records: [{ district: '330109', month: '2022-11', count: 4 }],
    });
    client.stop();
  });

  it('goes stale when no success comes within staleAfterMs, and fresh again on success', async () => {
    let down = false;
    const { clock, client } = setup([feed('fire')], () =>
      down ? new Response('', { status: 503 }) : good(),
    );
    client.start();
    await settle();
    down = true;
    await clock.advance(60_000);
    expect(client.getState().fire?.status).toBe('ready');
    await clock.advance(1);
    const stale = client.getState().fire;
    expect(stale?.status).toBe('stale');
    expect(stale?.age).toBe(60_001);
    expect(stale?.lastError).toBe('fire: HTTP 503');
    down = false;
    await clock.advance(10 * 60_000);
    const back = client.getState().fire;
    expect(back?.status).toBe('ready');
    expect(back?.lastError).toBeUndefined();
    expect(back?.age).toBe(0);
    client.stop();
  });

  it('pauses while hidden and refreshes at once when shown', async () => {
    const { clock, visibility, net, client } = setup([feed('antifraud')], good);
    client.start();
    await settle();
    visibility.set(false);
    const before = net.count;
    await clock.advance(5 * 60_000);
    expect(net.count).toBe(before);
    // Only the stale timer may remain while hidden; no poll timer.
    expect(clock.pending).toBe(0);
    expect(client.getState().antifraud?.status).toBe('stale');
    visibility.set(true);
    await settle();
    expect(net.count).toBe(before + 1);
    expect(client.getState().antifraud?.status).toBe('ready');
    client.stop();
  });

  it('stop clears every timer, request and listener; start resumes', async () => {
    const { clock, visibility, net, client } = setup([feed('a'), feed('b')], () => 'hang');
    client.start();
    await settle();
    expect(visibility.listenerCount).toBe(1);
    expect(clock.pending).toBe(2); // two request timeouts
    client.stop();
    expect(clock.pending).toBe(0);
    expect(visibility.listenerCount).toBe(0);
    expect(net.calls.every((c) => c.signal?.aborted)).toBe(true);
    await clock.advance(60_000);
    expect(net.count).toBe(2);
    expect(client.getState().a?.lastError).toBeUndefined();
    client.start();
    await settle();
    expect(net.count).toBe(4);
    client.stop();
  });

  it('notifies subscribers with a new snapshot object per change, and unsubscribes', async () => {
    const { clock, client } = setup([feed('a'), feed('b')], good);
    const seen: unknown[] = [];
    const unsubscribe = client.subscribe((s) => seen.push(s));
    client.start();
    await settle();
    expect(seen.length).toBe(2);
    expect(seen[0]).not.toBe(seen[1]);
    expect(seen[1]).toBe(client.getState());
    unsubscribe();
    await clock.advance(10_000);
    expect(seen.length).toBe(2);
    client.stop();
  });

  it('rejects configs it cannot run', () => {
    const parse = testParse;
    expect(() => createFeedClient({ feeds: [feed('a'), feed('a')], parse })).toThrow(/duplicate/);
    expect(() => createFeedClient({ feeds: [{ ...feed('a'), intervalMs: 0 }], parse })).toThrow(
      /intervalMs/,
    );
  });
});
