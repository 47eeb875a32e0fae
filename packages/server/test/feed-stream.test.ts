import { appendFileSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/index.js';
import { openEventStream } from './support/event-stream.js';
import { httpGet } from './support/http-get.js';
import { feedDoc, makeSite, type Site, writeAtomic } from './support/site.js';

let site: Site;
let server: RunningServer;
const logged: string[] = [];
const feedUrl = (name = 'grassroots.json') => new URL(`/feeds/${name}`, server.url).href;
const feedFile = (name = 'grassroots.json') => join(site.feeds, name);
const round = (n: number) => (data: string) => JSON.parse(data).source === `test round ${n}`;
const pretty = (n: number) => `${JSON.stringify(feedDoc(n), null, 2)}\n`;

beforeAll(async () => {
  site = makeSite();
  server = await startServer({
    root: site.root,
    port: 0,
    log: (line) => logged.push(line),
    // A keep-alive every 200 ms so the test sees one; a rescan that never fires on its own.
    streams: { keepAliveMs: 200, rescanMs: 3_600_000 },
  });
});
afterAll(async () => {
  await server.close();
  site.remove();
});

/** Wait until `test` holds, checking every 20 ms, for at most 10 s. */
async function until(test: () => boolean | Promise<boolean>): Promise<void> {
  const end = Date.now() + 10_000;
  while (!(await test())) {
    if (Date.now() > end) throw new Error('condition not met within 10 s');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a feed URL asked for as text/event-stream', () => {
  it('opens an event stream and sends the whole document at once, as one data line', async () => {
    const stream = await openEventStream(feedUrl());
    expect(stream.response.statusCode).toBe(200);
    expect(stream.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.response.headers['cache-control']).toBe('no-cache, no-transform');
    expect(stream.response.headers['content-encoding']).toBeUndefined();
    const first = await stream.message(() => true, 0);
    // Exactly the document on disk, whatever its indentation.
    expect(JSON.parse(first)).toEqual(JSON.parse(readFileSync(feedFile(), 'utf8')));
    expect(first).not.toContain('\n');
    stream.close();
    await until(() => server.streams().clients === 0);
  });

  it('pushes the new document when the file is rewritten in place', async () => {
    const stream = await openEventStream(feedUrl());
    await stream.message(() => true, 0);
    writeFileSync(feedFile(), pretty(1));
    expect(JSON.parse(await stream.message(round(1))).data.indicators[3].value).toBe(103);
    stream.close();
  });

  it('pushes the new document when a writer renames a new file over it (atomic write)', async () => {
    const stream = await openEventStream(feedUrl());
    await stream.message(() => true, 0);
    for (const n of [2, 3, 4]) {
      writeAtomic(feedFile(), pretty(n));
      expect(JSON.parse(await stream.message(round(n))).source).toBe(`test round ${n}`);
    }
    stream.close();
  });

  it('never pushes a half-written file: the next complete version goes out', async () => {
    const stream = await openEventStream(feedUrl());
    await stream.message(() => true, 0);
    const seen = stream.messages.length;
    const text = pretty(5);
    writeFileSync(feedFile(), text.slice(0, text.length / 2));
    await until(() => logged.some((l) => l.includes('is not JSON')));
    appendFileSync(feedFile(), text.slice(text.length / 2));
    await stream.message(round(5));
    // Every message that did go out is a whole JSON document.
    for (const m of stream.messages.slice(seen)) expect(() => JSON.parse(m)).not.toThrow();
    expect(stream.messages.slice(seen).map((m) => JSON.parse(m).source)).toEqual(['test round 5']);
    stream.close();
  });

  it('keeps the stream alive with comments while nothing changes', async () => {
    const stream = await openEventStream(feedUrl());
    await until(() => stream.comments.includes('keep-alive'));
    stream.close();
  });

  it('sends one read of a change to every client, each file to its own clients', async () => {
    const streams = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        openEventStream(feedUrl(i < 3 ? 'grassroots.json' : 'fire.json')),
      ),
    );
    await Promise.all(streams.map((s) => s.message(() => true, 0)));
    expect(server.streams()).toMatchObject({ clients: 5, streamed: 2 });
    const pushes = server.streams().pushes;
    writeAtomic(feedFile(), pretty(6));
    await Promise.all(streams.slice(0, 3).map((s) => s.message(round(6))));
    expect(server.streams().pushes).toBe(pushes + 1);
    // The fire streams heard nothing about grassroots.
    for (const s of streams.slice(3)) expect(s.messages).toHaveLength(1);
    for (const s of streams) s.close();
    await until(() => server.streams().clients === 0);
    expect(server.streams().streamed).toBe(0);
  });

  it('drops a client that disconnects: health counts it out, the file is no longer watched', async () => {
    const stream = await openEventStream(feedUrl());
    await stream.message(() => true, 0);
    const during = JSON.parse(
      (await httpGet(new URL('/healthz', server.url).href)).body.toString(),
    );
    expect(during.sseClients).toBe(1);
    stream.close();
    await until(() => server.streams().clients === 0);
    const after = JSON.parse((await httpGet(new URL('/healthz', server.url).href)).body.toString());
    expect(after).toMatchObject({ sseClients: 0, feeds: { streamed: 0 } });
  });

  it('keeps the stream and the last good document when the file disappears for a while', async () => {
    const stream = await openEventStream(feedUrl());
    await stream.message(() => true, 0);
    unlinkSync(feedFile());
    writeFileSync(feedFile(), pretty(7));
    await stream.message(round(7));
    stream.close();
  });

  it('answers 404, not a stream, for a feed that does not exist or is not JSON', async () => {
    await expect(openEventStream(feedUrl('missing.json'))).resolves.toMatchObject({
      response: { statusCode: 404 },
    });
    writeFileSync(join(site.feeds, 'notes.txt'), 'hello');
    await expect(openEventStream(feedUrl('notes.txt'))).resolves.toMatchObject({
      response: { statusCode: 404 },
    });
    expect(server.streams().clients).toBe(0);
  });

  it('a plain GET of the same URL still gets the JSON file', async () => {
    const res = await httpGet(feedUrl(), { accept: 'application/json' });
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.body.toString()).kind).toBe('grassroots');
  });

  it('ends every stream when the server closes', async () => {
    const own = await startServer({ root: site.root, port: 0, log: () => {} });
    const stream = await openEventStream(new URL('/feeds/grassroots.json', own.url).href);
    await stream.message(() => true, 0);
    await own.close();
    await stream.ended;
  });
});
