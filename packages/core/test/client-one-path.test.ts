import { afterEach, describe, expect, it } from 'vitest';
import { createFeedClient, type FeedClient, type FeedConfig } from '../src/client/index.js';
import { FEED_LIMITS } from '../src/feeds/limits.js';
import { FakeClock, settle } from './helpers/fake-clock.js';
import { fakeEventSources } from './helpers/fake-event-source.js';
import { createFakeFetch, jsonResponse } from './helpers/fake-fetch.js';
import { FakeVisibility } from './helpers/fake-visibility.js';
import { startServer, type TestServer, waitFor } from './helpers/http-server.js';
import { testDoc, testParse } from './helpers/test-feed.js';

// Polled and pushed documents take one path from bytes to records: the byte cap while reading,
// the character cap, a tolerated byte order mark, then JSON and the parser.
const AS_OF = '2022-12-31T14:00:00+08:00';
const LATER = '2022-12-31T14:05:00+08:00';
const good = (asOf = AS_OF) => testDoc(asOf, [{ district: '330109', month: '2022-12', count: 7 }]);
const config: FeedConfig = {
  id: 'hotline',
  url: 'https://feeds.test/hotline.json',
  sse: 'https://feeds.test/hotline/stream',
  intervalMs: 10_000,
  timeoutMs: 2000,
  staleAfterMs: 600_000,
};
const BOM = '\uFEFF';

/** A JSON text of about `chars` characters: a valid document padded with spaces. */
const padded = (chars: number) => JSON.stringify(good(LATER)).padEnd(chars, ' ');

function setup(answer: Parameters<typeof createFakeFetch>[0]) {
  const clock = new FakeClock();
  const streams = fakeEventSources();
  const net = createFakeFetch(answer);
  const client = createFeedClient({
    feeds: [config],
    parse: testParse,
    fetch: net.fetch,
    clock,
    visibility: new FakeVisibility(),
    eventSource: streams.factory,
    random: () => 0,
  });
  return { clock, streams, net, client };
}

describe('one path from bytes to records (fake network)', () => {
  it('accepts a polled document that starts with a UTF-8 byte order mark', async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(JSON.stringify(good())),
    ]);
    const { client } = setup(() => new Response(bytes, { status: 200 }));
    client.start();
    await settle();
    const state = client.getState().hotline;
    expect(state?.lastError).toBeUndefined();
    expect(state?.asOf).toBe(AS_OF);
    client.stop();
  });

  it('accepts a pushed document that starts with a byte order mark', async () => {
    const { streams, client } = setup(() => jsonResponse(good()));
    client.start();
    await settle();
    streams.latest()?.open();
    streams.latest()?.onmessage?.({ data: BOM + JSON.stringify(good(LATER)) });
    expect(client.getState().hotline?.asOf).toBe(LATER);
    expect(client.getState().hotline?.lastError).toBeUndefined();
    client.stop();
  });

  it('refuses a polled document declared over the byte cap, naming the feed and the size', async () => {
    const huge = FEED_LIMITS.maxBytes + 1;
    const { clock, client, net } = setup((_c, i) =>
      i === 0
        ? jsonResponse(good())
        : new Response('{}', { status: 200, headers: { 'content-length': String(huge) } }),
    );
    client.start();
    await settle();
    await clock.advance(10_000);
    expect(net.count).toBe(2);
    const state = client.getState().hotline;
    expect(state?.lastError).toBe(
      `hotline: (document) expected a feed of at most ${FEED_LIMITS.maxBytes} bytes, found ${huge} bytes`,
    );
    expect(state?.lastErrorKind).toBe('too-large');
    expect(state?.asOf).toBe(AS_OF); // the last good value stays
    client.stop();
  });

  it.each(['poll', 'sse'] as const)(
    'refuses text over the character cap by %s, keeping the last good value',
    async (how) => {
      const chars = FEED_LIMITS.maxTextLength + 10;
      const { clock, streams, client } = setup((_c, i) =>
        i === 0 ? jsonResponse(good()) : jsonResponse(padded(chars)),
      );
      client.start();
      await settle();
      if (how === 'poll') await clock.advance(10_000);
      else {
        streams.latest()?.open();
        streams.latest()?.onmessage?.({ data: padded(chars) });
      }
      const state = client.getState().hotline;
      expect(state?.lastError).toBe(
        `hotline: (document) expected a feed of at most ${FEED_LIMITS.maxTextLength} characters, found ${chars} characters`,
      );
      expect(state?.lastErrorKind).toBe('too-large');
      expect(state?.asOf).toBe(AS_OF);
      client.stop();
    },
  );

  it('words bad JSON the same whether polled or pushed', async () => {
    const { clock, streams, client } = setup((_c, i) =>
      i === 0 ? jsonResponse(good()) : jsonResponse('{"kind": '),
    );
    client.start();
    await settle();
    streams.latest()?.open();
    streams.latest()?.onmessage?.({ data: '{"kind": ' });
    const pushed = client.getState().hotline?.lastError;
    streams.latest()?.fail(); // back to polling, which polls at once
    await settle();
    await clock.advance(0);
    const polled = client.getState().hotline?.lastError;
    expect(pushed).toMatch(/^hotline: \(document\) expected complete, valid JSON text, found /);
    expect(polled).toBe(pushed);
    expect(client.getState().hotline?.lastErrorKind).toBe('json');
    client.stop();
  });
});

describe('one path against a real HTTP server', { timeout: 30_000 }, () => {
  let server: TestServer | undefined;
  let client: FeedClient | undefined;
  afterEach(async () => {
    client?.stop();
    await server?.close();
    server = undefined;
    client = undefined;
  });

  it('stops reading a chunked body without Content-Length once it passes the byte cap', async () => {
    let written = 0;
    let closedEarly = false;
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = ' '.repeat(1024 * 1024);
      res.write('{"kind": "petitions",');
      // Keep writing well past the cap: the client must hang up rather than read it all.
      const pump = () => {
        while (written < FEED_LIMITS.maxBytes * 4) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end('}');
      };
      res.on('close', () => {
        closedEarly = written < FEED_LIMITS.maxBytes * 4;
      });
      pump();
    });
    const c = createFeedClient({
      feeds: [
        {
          id: 'hotline',
          url: `${server.url}/big.json`,
          intervalMs: 60_000,
          timeoutMs: 20_000,
          staleAfterMs: 600_000,
        },
      ],
      parse: testParse,
      visibility: new FakeVisibility(),
    });
    client = c;
    c.start();
    await waitFor(() => c.getState().hotline?.lastError !== undefined, 'the refusal');
    expect(c.getState().hotline?.lastErrorKind).toBe('too-large');
    expect(c.getState().hotline?.lastError).toMatch(
      new RegExp(
        `^hotline: \\(document\\) expected a feed of at most ${FEED_LIMITS.maxBytes} bytes, found \\d+ bytes$`,
      ),
    );
    await waitFor(() => closedEarly, 'the server to see the connection closed early');
  });
});
