import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createFeedClient, type FeedClient, type FeedConfig } from '../src/client/index.js';
import { FakeVisibility } from './helpers/fake-visibility.js';
import { startServer, type TestServer, waitFor } from './helpers/http-server.js';
import { testDoc, testParse } from './helpers/test-feed.js';

// Real sockets and real timers; intervals are short so the tests stay quick, and every wait
// is for a condition (bounded), never a fixed sleep whose length is asserted.
let server: TestServer | undefined;
let client: FeedClient | undefined;
afterEach(async () => {
  client?.stop();
  client = undefined;
  await server?.close();
  server = undefined;
});

const body = JSON.stringify(
  testDoc('2022-12-31T14:03:27+08:00', [{ district: '330109', month: '2022-12', count: 7 }]),
);

function run(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  extra: Partial<FeedConfig> = {},
  visibility = new FakeVisibility(),
) {
  return startServer(handler).then((s) => {
    server = s;
    const c = createFeedClient({
      feeds: [
        {
          id: 'petitions',
          url: `${s.url}/petitions.json`,
          intervalMs: 20,
          timeoutMs: 1000,
          staleAfterMs: 60_000,
          ...extra,
        },
      ],
      parse: testParse,
      visibility,
    });
    client = c;
    return c;
  });
}

describe('feed client against a real HTTP server', { timeout: 30_000 }, () => {
  it('sends If-None-Match and treats 304 as unchanged but fresh', async () => {
    const seen: (string | undefined)[] = [];
    const c = await run((req, res) => {
      seen.push(req.headers['if-none-match']);
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' }).end(body);
    });
    c.start();
    await waitFor(() => seen.length >= 4, 'four requests');
    expect(seen.slice(0, 4)).toEqual([undefined, '"v1"', '"v1"', '"v1"']);
    const first = c.getState().petitions;
    const firstValue = first?.value;
    await waitFor(
      () => (c.getState().petitions?.lastSuccess ?? 0) > (first?.lastSuccess ?? 0),
      'a 304 refreshing lastSuccess',
    );
    const later = c.getState().petitions;
    expect(later?.status).toBe('ready');
    expect(later?.value).toBe(firstValue);
    expect(later?.asOf).toBe('2022-12-31T14:03:27+08:00');
  });

  it('sends If-Modified-Since from Last-Modified', async () => {
    const stamp = 'Sat, 31 Dec 2022 06:03:27 GMT';
    const seen: (string | undefined)[] = [];
    const c = await run((req, res) => {
      seen.push(req.headers['if-modified-since']);
      if (req.headers['if-modified-since'] === stamp) return res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/json', 'last-modified': stamp }).end(body);
    });
    c.start();
    await waitFor(() => seen.length >= 3, 'three requests');
    expect(seen.slice(0, 3)).toEqual([undefined, stamp, stamp]);
    expect(c.getState().petitions?.status).toBe('ready');
    expect(c.getState().petitions?.lastError).toBeUndefined();
  });

  it('aborts a request that passes its timeout; the server sees the connection close', async () => {
    let closedEarly = 0;
    const c = await run(
      (req, res) => {
        res.on('close', () => {
          if (!res.writableEnded) closedEarly += 1;
        });
        void req; // never answer
      },
      { timeoutMs: 50, intervalMs: 10_000 },
    );
    c.start();
    await waitFor(() => c.getState().petitions?.lastError !== undefined, 'the timeout');
    expect(c.getState().petitions?.lastError).toBe('petitions: timed out after 50 ms');
    expect(c.getState().petitions?.status).toBe('error');
    await waitFor(() => closedEarly === 1, 'the server to see the abort');
  });

  it('never has two requests to one URL open, even when the server is slower than the interval', async () => {
    let answered = 0;
    const c = await run(
      (_req, res) => {
        setTimeout(() => {
          answered += 1;
          res.writeHead(200, { 'content-type': 'application/json' }).end(body);
        }, 60);
      },
      { intervalMs: 5 },
    );
    c.start();
    // Refreshing hard while requests are slow must not open a second one.
    const timer = setInterval(() => void c.refresh('petitions'), 2);
    await waitFor(() => answered >= 5, 'five answers');
    clearInterval(timer);
    expect(server?.maxOpen).toBe(1);
  });

  it('shares one request between feeds with the same URL', async () => {
    let requests = 0;
    server = await startServer((_req, res) => {
      requests += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    const url = `${server.url}/shared.json`;
    const feed = (id: string) => ({
      id,
      url,
      intervalMs: 10_000,
      timeoutMs: 1000,
      staleAfterMs: 60_000,
    });
    client = createFeedClient({
      feeds: [feed('left'), feed('right'), feed('wall')],
      parse: testParse,
      visibility: new FakeVisibility(),
    });
    client.start();
    const c = client;
    await waitFor(() => c.getState().wall?.status === 'ready', 'the first answer');
    await Promise.all([c.refresh('left'), c.refresh('right'), c.refresh('wall')]);
    expect(requests).toBe(2);
    expect(['left', 'right', 'wall'].map((id) => c.getState()[id]?.status)).toEqual([
      'ready',
      'ready',
      'ready',
    ]);
  });

  it('recovers by itself after an outage, keeping the last good value meanwhile', async () => {
    let outage = false;
    let failed = 0;
    const c = await run(
      (_req, res) => {
        if (outage) {
          failed += 1;
          return res.writeHead(503).end();
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      },
      { maxBackoffMs: 40 },
    );
    c.start();
    await waitFor(() => c.getState().petitions?.status === 'ready', 'first value');
    const value = c.getState().petitions?.value;
    outage = true;
    await waitFor(() => failed >= 3, 'three failed polls');
    expect(c.getState().petitions?.lastError).toBe('petitions: HTTP 503');
    expect(c.getState().petitions?.value).toBe(value);
    outage = false;
    await waitFor(() => c.getState().petitions?.lastError === undefined, 'recovery');
    expect(c.getState().petitions?.status).toBe('ready');
  });

  it('pauses while the page is hidden and asks again as soon as it shows', async () => {
    let requests = 0;
    const visibility = new FakeVisibility();
    const c = await run(
      (_req, res) => {
        requests += 1;
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      },
      { intervalMs: 10 },
      visibility,
    );
    c.start();
    await waitFor(() => requests >= 3, 'three polls');
    visibility.set(false);
    const atHide = requests;
    // Ten intervals pass hidden; at most the request already on its way arrives.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const hidden = requests;
    expect(hidden).toBeLessThanOrEqual(atHide + 1);
    visibility.set(true);
    await waitFor(() => requests > hidden, 'a request once shown');
    expect(c.getState().petitions?.status).toBe('ready');
  });

  it('names the refused connection when the server is gone', async () => {
    const c = await run((_req, res) => res.end());
    await server?.close();
    server = undefined;
    c.start();
    await waitFor(() => c.getState().petitions?.status === 'error', 'the failure');
    expect(c.getState().petitions?.lastError).toMatch(/^petitions: fetch failed \(ECONNREFUSED\)$/);
  });
});
