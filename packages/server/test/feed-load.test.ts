import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/index.js';
import { type EventStream, openEventStream } from './support/event-stream.js';
import { httpGet } from './support/http-get.js';
import { feedDoc, makeSite, type Site, writeAtomic } from './support/site.js';

// A short, bounded version of the load benchmark (test/bench/serve-sse.bench.ts): it asserts
// that every one of 500 streams gets every change while pollers keep being answered, and
// that every stream is counted out when it goes. Speed and memory figures live in the bench.
const SSE_CLIENTS = 500;
const POLLERS = 50;
const ROUNDS = 3;

let site: Site;
let server: RunningServer;

beforeAll(async () => {
  site = makeSite();
  server = await startServer({ root: site.root, port: 0, log: () => {} });
});
afterAll(async () => {
  await server.close();
  site.remove();
});

describe(`${SSE_CLIENTS} streams and ${POLLERS} pollers on one feed`, () => {
  it('every stream receives every change; polls get 200 or 304; disconnects are counted out', async () => {
    const url = new URL('/feeds/grassroots.json', server.url).href;
    const streams: EventStream[] = [];
    // Connect in batches so the listen backlog never overflows on a slow machine.
    for (let i = 0; i < SSE_CLIENTS; i += 50) {
      streams.push(
        ...(await Promise.all(Array.from({ length: 50 }, () => openEventStream(url, 60_000)))),
      );
    }
    await Promise.all(streams.map((s) => s.message(() => true, 0)));
    expect(server.streams().clients).toBe(SSE_CLIENTS);

    let polling = true;
    const statuses = new Map<number, number>();
    const pollers = Array.from({ length: POLLERS }, async () => {
      let etag = '';
      while (polling) {
        const res = await httpGet(url, etag ? { 'if-none-match': etag } : {});
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        etag = String(res.headers.etag ?? etag);
      }
    });

    for (let n = 1; n <= ROUNDS; n++) {
      const from = streams.map((s) => s.messages.length);
      writeAtomic(join(site.feeds, 'grassroots.json'), JSON.stringify(feedDoc(n)));
      const got = await Promise.all(
        streams.map((s, i) =>
          s.message((d) => JSON.parse(d).source === `test round ${n}`, from[i]),
        ),
      );
      expect(got).toHaveLength(SSE_CLIENTS);
    }
    // Between changes a poller with the current ETag is answered 304; wait for one (bounded).
    const until = Date.now() + 10_000;
    while (!statuses.has(304) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    polling = false;
    await Promise.all(pollers);
    expect([...statuses.keys()].sort()).toEqual([200, 304]);

    for (const s of streams) s.close();
    await Promise.all(streams.map((s) => s.ended));
    const end = Date.now() + 10_000;
    while (server.streams().clients > 0 && Date.now() < end)
      await new Promise((r) => setTimeout(r, 20));
    expect(server.streams()).toMatchObject({ clients: 0, streamed: 0 });
  }, 60_000);
});
