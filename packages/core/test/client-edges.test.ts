import { describe, expect, it } from 'vitest';
import { createFeedClient, type FeedConfig, feedAge } from '../src/client/index.js';
import { FakeClock, settle } from './helpers/fake-clock.js';
import { createFakeFetch, jsonResponse } from './helpers/fake-fetch.js';
import { FakeVisibility } from './helpers/fake-visibility.js';
import { testDoc, testParse } from './helpers/test-feed.js';

const config: FeedConfig = {
  id: 'grassroots',
  url: 'https://feeds.test/grassroots.json',
  intervalMs: 5000,
  timeoutMs: 1000,
  staleAfterMs: 60_000,
};
const good = () => jsonResponse(testDoc('2022-12-31T14:00:00+08:00'), { etag: '"a"' });

describe('feed client edge cases (fake timers)', () => {
  it('does nothing while started hidden, and fetches as soon as the page shows', async () => {
    const clock = new FakeClock();
    const visibility = new FakeVisibility();
    visibility.set(false);
    const net = createFakeFetch(good);
    const client = createFeedClient({
      feeds: [config],
      parse: testParse,
      fetch: net.fetch,
      clock,
      visibility,
    });
    client.start();
    await clock.advance(60_000);
    expect(net.count).toBe(0);
    expect(client.getState().grassroots?.status).toBe('loading');
    visibility.set(true);
    await settle();
    expect(net.count).toBe(1);
    expect(client.getState().grassroots?.status).toBe('ready');
    client.stop();
  });

  it('treats a 304 it did not ask for as a failure and then fetches whole', async () => {
    const clock = new FakeClock();
    const net = createFakeFetch((_call, i) =>
      i === 0 ? new Response(null, { status: 304 }) : good(),
    );
    const client = createFeedClient({
      feeds: [config],
      parse: testParse,
      fetch: net.fetch,
      clock,
      visibility: new FakeVisibility(),
      random: () => 0,
    });
    client.start();
    await settle();
    expect(client.getState().grassroots?.lastError).toBe(
      'grassroots: HTTP 304 but no copy is held',
    );
    expect(client.getState().grassroots?.status).toBe('error');
    await clock.advance(clock.delays()[0] ?? 0);
    expect(net.calls[1]?.headers.get('if-none-match')).toBeNull();
    expect(client.getState().grassroots?.status).toBe('ready');
    // The next poll revalidates with the ETag of the accepted document.
    await clock.advance(5000);
    expect(net.calls[2]?.headers.get('if-none-match')).toBe('"a"');
    client.stop();
  });

  it('forgets the validators of a rejected document', async () => {
    const clock = new FakeClock();
    const bad = () => jsonResponse({ kind: 'grassroots', schemaVersion: 2 }, { etag: '"bad"' });
    const net = createFakeFetch((_call, i) => (i === 1 ? bad() : good()));
    const client = createFeedClient({
      feeds: [config],
      parse: testParse,
      fetch: net.fetch,
      clock,
      visibility: new FakeVisibility(),
      random: () => 0,
    });
    client.start();
    await settle();
    await clock.advance(5000);
    expect(client.getState().grassroots?.lastErrorKind).toBe('schema');
    await clock.advance(clock.delays()[0] ?? 0);
    expect(net.calls[1]?.headers.get('if-none-match')).toBe('"a"');
    expect(net.calls[2]?.headers.get('if-none-match')).toBeNull();
    client.stop();
  });

  it('survives a parser that throws and a listener that throws', async () => {
    const clock = new FakeClock();
    let explode = true;
    const net = createFakeFetch(good);
    const client = createFeedClient({
      feeds: [config],
      parse: (raw) => {
        if (explode) throw new Error('boom');
        return testParse(raw);
      },
      fetch: net.fetch,
      clock,
      visibility: new FakeVisibility(),
      random: () => 0,
    });
    const reported: unknown[] = [];
    const onError = (error: unknown) => reported.push(error);
    process.on('uncaughtException', onError);
    client.subscribe(() => {
      throw new Error('listener bug');
    });
    try {
      client.start();
      await settle();
      expect(client.getState().grassroots?.lastError).toBe('grassroots: the parser failed: boom');
      explode = false;
      await clock.advance(clock.delays()[0] ?? 0);
      expect(client.getState().grassroots?.status).toBe('ready');
      expect(reported.length).toBeGreaterThan(0);
    } finally {
      process.off('uncaughtException', onError);
      client.stop();
    }
  });

  it('gives the age now from a snapshot, never negative', () => {
    expect(feedAge({ lastSuccess: 1000 }, 4000)).toBe(3000);
    expect(feedAge({ lastSuccess: 5000 }, 4000)).toBe(0);
    expect(feedAge({ lastSuccess: undefined }, 4000)).toBeUndefined();
  });

  it('refuses to refresh an unknown feed', async () => {
    const client = createFeedClient({
      feeds: [config],
      parse: testParse,
      fetch: createFakeFetch(good).fetch,
    });
    await expect(client.refresh('nope')).rejects.toThrow(/unknown feed: nope/);
  });
});
