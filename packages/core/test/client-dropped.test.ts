import { describe, expect, it } from 'vitest';
import { createFeedClient, type FeedConfig, feedDrops } from '../src/client/index.js';
import { FakeClock, settle } from './helpers/fake-clock.js';
import { createFakeFetch, jsonResponse } from './helpers/fake-fetch.js';
import { FakeVisibility } from './helpers/fake-visibility.js';
import { testDoc, testParse } from './helpers/test-feed.js';

// Dropped records are counted against the document's records, judged against the feed's
// allowed share, and a document that loses every record is refused like a broken one.
const AS_OF = '2022-12-31T14:00:00+08:00';
const LATER = '2022-12-31T14:05:00+08:00';
const config: FeedConfig = {
  id: 'petitions',
  url: 'https://feeds.test/petitions.json',
  intervalMs: 10_000,
  timeoutMs: 2000,
  staleAfterMs: 600_000,
};

/** A document of `total` records whose first `bad` have a negative count. */
const doc = (asOf: string, total: number, bad: number) =>
  testDoc(
    asOf,
    Array.from({ length: total }, (_, i) => ({
      district: '330109',
      month: '2022-12',
      count: i < bad ? -1 - i : i,
    })),
  );

function run(docs: unknown[], extra: Partial<FeedConfig> = {}) {
  const clock = new FakeClock();
  const net = createFakeFetch((_c, i) =>
    jsonResponse(docs[Math.min(i, docs.length - 1)], { etag: `"v${i}"` }),
  );
  const client = createFeedClient({
    feeds: [{ ...config, ...extra }],
    parse: testParse,
    fetch: net.fetch,
    clock,
    visibility: new FakeVisibility(),
    random: () => 0,
  });
  /** Start, or run to the next poll; then the feed's state. */
  const next = async () => {
    if (net.count === 0) client.start();
    else await clock.advance(clock.delays()[0] ?? 0);
    await settle();
    return client.getState().petitions;
  };
  return { client, net, next };
}

describe('dropped records are visible (fake network)', () => {
  it('counts how many of how many were dropped, with the first reason, and stays ok up to half', async () => {
    const { client, next } = run([doc(AS_OF, 40, 12)]);
    const state = await next();
    expect(state?.records).toBe(40);
    expect(state?.dropped).toHaveLength(12);
    expect(state?.dropped[0]).toEqual({
      pointer: '/data/records/0/count',
      reason: 'expected a non-negative integer, found -1',
    });
    expect(state?.health).toBe('ok');
    expect(state?.status).toBe('ready');
    // What a widget's status takes: "已丢弃 12/40 条 · 首个原因 …".
    expect(state && feedDrops(state)).toEqual({
      count: 12,
      of: 40,
      firstReason: '/data/records/0/count: expected a non-negative integer, found -1',
    });
    client.stop();
  });

  it('is degraded (amber) past half, and the value still updates', async () => {
    const { client, next } = run([doc(AS_OF, 40, 0), doc(LATER, 40, 21)]);
    expect((await next())?.health).toBe('ok');
    const state = await next();
    expect(state?.asOf).toBe(LATER);
    expect(state?.dropped).toHaveLength(21);
    expect(state?.records).toBe(40);
    expect(state?.health).toBe('degraded');
    expect(state?.lastError).toBeUndefined();
    client.stop();
  });

  it('takes the share from the feed config', async () => {
    const strict = run([doc(AS_OF, 10, 2)], { degradedDropShare: 0.1 });
    expect((await strict.next())?.health).toBe('degraded');
    strict.client.stop();
    const lenient = run([doc(AS_OF, 10, 9)], { degradedDropShare: 0.9 });
    expect((await lenient.next())?.health).toBe('ok');
    lenient.client.stop();
  });

  it('refuses a document that loses every record: red, last good value kept, no 304 can confirm it', async () => {
    const { client, net, next } = run([doc(AS_OF, 5, 0), doc(LATER, 40, 40), doc(LATER, 40, 40)]);
    const first = await next();
    expect(first?.health).toBe('ok');
    const state = await next();
    expect(state?.value).toBe(first?.value);
    expect(state?.asOf).toBe(AS_OF);
    expect(state?.status).toBe('ready');
    expect(state?.health).toBe('failed');
    expect(state?.records).toBe(40);
    expect(state?.dropped).toHaveLength(40);
    expect(state?.lastErrorKind).toBe('dropped');
    expect(state?.lastError).toBe(
      'petitions: all 40 records dropped; first /data/records/0/count: expected a non-negative integer, found -1',
    );
    expect(state?.lastSuccess).toBe(first?.lastSuccess);
    // The refused document's ETag is not sent back.
    await next();
    expect(net.calls[2]?.headers.get('if-none-match')).toBeNull();
    client.stop();
  });

  it('is an error, not an empty feed, when the first document loses every record', async () => {
    const { client, next } = run([doc(AS_OF, 3, 3)]);
    const state = await next();
    expect(state?.status).toBe('error');
    expect(state?.value).toBeUndefined();
    expect(state?.health).toBe('failed');
    expect(state?.lastErrorKind).toBe('dropped');
    client.stop();
  });

  it('treats a document with no records at all as empty, not as dropped', async () => {
    const { client, next } = run([doc(AS_OF, 0, 0)]);
    const state = await next();
    expect(state?.status).toBe('ready');
    expect(state?.health).toBe('ok');
    expect(state?.records).toBe(0);
    expect(state && feedDrops(state)).toBeUndefined();
    client.stop();
  });

  it('refuses a share outside 0 to 1 when the client is made', () => {
    for (const degradedDropShare of [-0.1, 1.5, Number.NaN]) {
      expect(() =>
        createFeedClient({ feeds: [{ ...config, degradedDropShare }], parse: testParse }),
      ).toThrow(/degradedDropShare/);
    }
  });
});
