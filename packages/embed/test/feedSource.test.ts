// The feed source against a real HTTP server in Node: what an element is told, in order.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FEED_LIMITS } from '@onescreen/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedState } from '../src/feedProps.js';
import { startFeedSource } from '../src/feedSource.js';

let server: Server;
let base = '';
let body = '';
let status = 200;
let hits = 0;

beforeAll(async () => {
  server = createServer((_req, res) => {
    hits++;
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`;
});
afterAll(() => new Promise((r) => server.close(r)));

const doc = (data: unknown) => JSON.stringify({ asOf: '2026-11-23T09:55:00+08:00', data });
const fitsRing = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as { items?: unknown }).items);

/** Starts a source and collects every state it reports. */
function watch(previous: FeedState = { kind: 'none' }, pointer: string | null = null) {
  const states: FeedState[] = [];
  const source = startFeedSource({ feed: base, pointer, refresh: null }, previous, {
    onChange: (s) => states.push(s),
    fits: (loaded) => fitsRing(loaded.value),
  });
  const settled = async () => {
    while (states.at(-1)?.kind === 'loading') await new Promise((r) => setTimeout(r, 5));
    return states.at(-1) as FeedState;
  };
  return { states, source, settled };
}

describe('startFeedSource', () => {
  it('reads a feed with a byte-order mark, and refuses one over the size cap before parsing it', async () => {
    body = `\uFEFF${doc({ items: [2] })}`;
    status = 200;
    const bom = watch();
    expect(await bom.settled()).toMatchObject({ kind: 'ready', last: { value: { items: [2] } } });
    bom.source?.stop();
    body = doc({ items: [1], pad: 'x'.repeat(FEED_LIMITS.maxTextLength) });
    const big = watch();
    const state = await big.settled();
    expect(state.kind).toBe('error');
    if (state.kind === 'error') expect(state.problem.detail).toMatch(/at most \d+ characters/);
    big.source?.stop();
  });

  it('reports loading at once, then one read of the feed', async () => {
    body = doc({ items: [1] });
    status = 200;
    hits = 0;
    const { states, source, settled } = watch();
    expect(states).toEqual([{ kind: 'loading', url: base, pointer: '/data' }]);
    expect(await settled()).toMatchObject({ kind: 'ready', last: { value: { items: [1] } } });
    expect(hits).toBe(1);
    source?.stop();
  });

  it('costs no request when stopped in the same task it started (attributes set together)', async () => {
    hits = 0;
    const first = watch();
    first.source?.stop();
    const second = watch();
    await second.settled();
    expect(hits).toBe(1);
    second.source?.stop();
  });

  it('keeps the last value that fitted when a new one does not, and says so', async () => {
    body = doc({ title: 'no items' });
    const last = { value: { items: [1] } };
    const { source, settled } = watch({ kind: 'ready', url: base, pointer: '/data', last });
    expect(await settled()).toEqual({
      kind: 'ready',
      url: base,
      pointer: '/data',
      last,
      rejected: { value: { title: 'no items' }, asOf: '2026-11-23T09:55:00+08:00' },
    });
    source?.stop();
  });

  it('turns HTTP failures and bad JSON into catalogue problems, keeping the last data', async () => {
    const last = { value: { items: [1] } };
    status = 503;
    const failed = watch({ kind: 'ready', url: base, pointer: '/data', last });
    expect(await failed.settled()).toMatchObject({
      kind: 'error',
      problem: { key: 'feedHttp', params: { status: 503 } },
      last,
    });
    failed.source?.stop();
    status = 200;
    body = '{"data": [1,';
    const broken = watch();
    expect(await broken.settled()).toMatchObject({
      kind: 'error',
      problem: { key: 'feedNotJson' },
    });
    broken.source?.stop();
    body = doc({ items: [] });
    const { source, settled } = watch({ kind: 'none' }, '/nope');
    expect(await settled()).toMatchObject({
      kind: 'error',
      problem: { key: 'feedNothing', params: { pointer: '/nope' } },
    });
    source?.stop();
  });

  it('has nothing to do without a feed', () => {
    const states: FeedState[] = [];
    const source = startFeedSource(
      { feed: null, pointer: null, refresh: '60' },
      { kind: 'none' },
      {
        onChange: (s) => states.push(s),
        fits: () => true,
      },
    );
    expect(source).toBeNull();
    expect(states).toEqual([]);
  });
});
