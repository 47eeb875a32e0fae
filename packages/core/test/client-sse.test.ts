import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createFeedClient, type FeedClient, type FeedConfig } from '../src/client/index.js';
import { FakeClock, settle } from './helpers/fake-clock.js';
import { fakeEventSources } from './helpers/fake-event-source.js';
import { createFakeFetch, jsonResponse } from './helpers/fake-fetch.js';
import { FakeVisibility } from './helpers/fake-visibility.js';
import { FetchEventSource } from './helpers/fetch-event-source.js';
import { startServer, type TestServer, waitFor } from './helpers/http-server.js';
import { testDoc, testParse } from './helpers/test-feed.js';

const config: FeedConfig = {
  id: 'hotline',
  url: 'https://feeds.test/hotline.json',
  sse: 'https://feeds.test/hotline/stream',
  intervalMs: 10_000,
  timeoutMs: 2000,
  staleAfterMs: 600_000,
  maxBackoffMs: 60_000,
};

describe('SSE push with polling fallback (fake timers)', () => {
  function setup() {
    const clock = new FakeClock();
    const visibility = new FakeVisibility();
    const streams = fakeEventSources();
    const net = createFakeFetch(() => jsonResponse(testDoc('2022-12-31T14:00:00+08:00')));
    const client = createFeedClient({
      feeds: [config],
      parse: testParse,
      fetch: net.fetch,
      clock,
      visibility,
      eventSource: streams.factory,
      random: () => 1,
    });
    return { clock, visibility, streams, net, client };
  }

  it('stops polling while the stream is open and takes pushed documents', async () => {
    const { clock, streams, net, client } = setup();
    client.start();
    await settle();
    expect(net.count).toBe(1);
    expect(streams.latest()?.url).toBe(config.sse);
    streams.latest()?.open();
    await clock.advance(60_000);
    expect(net.count).toBe(1);
    streams.latest()?.push(testDoc('2022-12-31T14:05:00+08:00'));
    const state = client.getState().hotline;
    expect(state?.asOf).toBe('2022-12-31T14:05:00+08:00');
    expect(state?.transport).toBe('sse');
    expect(state?.lastSuccess).toBe(clock.now());
    // A bad push is reported and the good value stays.
    streams.latest()?.push({ kind: 'hotline' });
    expect(client.getState().hotline?.asOf).toBe('2022-12-31T14:05:00+08:00');
    expect(client.getState().hotline?.lastError).toMatch(/^hotline: \/schemaVersion expected/);
    client.stop();
    expect(streams.openCount).toBe(0);
  });

  it('falls back to polling at once when the stream drops, and retries the stream later', async () => {
    const { clock, streams, net, client } = setup();
    client.start();
    await settle();
    streams.latest()?.open();
    streams.latest()?.fail();
    await settle();
    expect(streams.all[0]?.closed).toBe(true);
    expect(net.count).toBe(2); // polled immediately
    expect(client.getState().hotline?.transport).toBe('poll');
    // Polling goes on at its interval until the retry (first retry: up to 2 × interval).
    await clock.advance(10_000);
    expect(net.count).toBe(3);
    expect(streams.all).toHaveLength(1);
    await clock.advance(10_000);
    expect(streams.all).toHaveLength(2);
    streams.latest()?.open();
    const before = net.count;
    await clock.advance(60_000);
    expect(net.count).toBe(before);
    client.stop();
  });

  it('backs off stream retries while the stream keeps failing', async () => {
    const { clock, streams, client } = setup();
    client.start();
    await settle();
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      const opened = clock.now();
      streams.latest()?.fail();
      await settle();
      const count = streams.all.length;
      while (streams.all.length === count) await clock.advance(1000);
      gaps.push(clock.now() - opened);
    }
    expect(gaps).toEqual([20_000, 40_000, 60_000, 60_000]);
    client.stop();
  });

  it('closes the stream while hidden and reopens it when shown', async () => {
    const { visibility, streams, net, client } = setup();
    client.start();
    await settle();
    streams.latest()?.open();
    visibility.set(false);
    expect(streams.openCount).toBe(0);
    visibility.set(true);
    await settle();
    expect(streams.openCount).toBe(1);
    expect(streams.all).toHaveLength(2);
    expect(net.count).toBe(2);
    client.stop();
  });
});

describe('SSE against a real HTTP server', { timeout: 30_000 }, () => {
  let server: TestServer | undefined;
  let client: FeedClient | undefined;
  afterEach(async () => {
    client?.stop();
    await server?.close();
  });

  it('receives pushes, falls back to polling when the stream is cut, and reconnects', async () => {
    const streams: ServerResponse[] = [];
    let polls = 0;
    let streamRequests = 0;
    server = await startServer((req, res) => {
      if (req.url === '/stream') {
        streamRequests += 1;
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        res.write(': connected\n\n');
        streams.push(res);
        return;
      }
      polls += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(testDoc('2022-12-31T14:00:00+08:00')));
    });
    const base = server.url;
    client = createFeedClient({
      feeds: [
        {
          ...config,
          url: `${base}/feed.json`,
          sse: `${base}/stream`,
          intervalMs: 30,
          maxBackoffMs: 60,
        },
      ],
      parse: testParse,
      visibility: new FakeVisibility(),
      eventSource: (url) => new FetchEventSource(url),
    });
    const c = client;
    c.start();
    await waitFor(
      () => streams.length === 1 && c.getState().hotline?.status === 'ready',
      'stream and first poll',
    );
    const pushed = testDoc('2022-12-31T14:09:00+08:00', [
      { district: '330111', month: '2022-12', count: 2 },
    ]);
    // A document split over two data lines, as SSE allows.
    const lines = JSON.stringify(pushed, null, 1).split('\n');
    streams[0]?.write(`${lines.map((line) => `data: ${line}`).join('\n')}\n\n`);
    await waitFor(() => c.getState().hotline?.transport === 'sse', 'the push');
    expect(c.getState().hotline?.asOf).toBe('2022-12-31T14:09:00+08:00');
    const pollsWhileOpen = polls;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(polls).toBe(pollsWhileOpen); // five intervals passed without a poll
    streams[0]?.destroy();
    await waitFor(() => polls > pollsWhileOpen, 'polling to take over');
    await waitFor(() => streamRequests === 2, 'the stream to be retried');
    expect(c.getState().hotline?.lastError).toBeUndefined();
  });
});
