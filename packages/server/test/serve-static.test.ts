import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, type RunningServer, startServer } from '../src/index.js';
import { httpGet } from './support/http-get.js';
import { makeSite, SCRIPT_NAME, type Site, scriptText } from './support/site.js';

let site: Site;
let server: RunningServer;
const url = (path: string) => new URL(path, server.url).href;

beforeAll(async () => {
  site = makeSite();
  server = await startServer({ root: site.root, port: 0, log: () => {} });
});
afterAll(async () => {
  await server.close();
  site.remove();
});

describe('caching', () => {
  it('index.html: no-cache with an ETag, and 304 for the same ETag', async () => {
    const first = await httpGet(url('/'));
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers.etag ?? '';
    expect(etag).not.toBe('');
    const again = await httpGet(url('/index.html'), { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['cache-control']).toBe('no-cache');
  });

  it('hashed assets: a year, immutable', async () => {
    const res = await httpGet(url(`/assets/${SCRIPT_NAME}`));
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('feeds: no-cache, an ETag that changes with the file, 304 while it does not', async () => {
    const first = await httpGet(url('/feeds/grassroots.json'));
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    // The same URL answers JSON or an event stream: caches must key on Accept.
    expect(first.headers.vary).toMatch(/\bAccept\b/);
    const etag = first.headers.etag ?? '';
    // fetch adds `Cache-Control: no-cache` to a request with If-None-Match: still a 304.
    const same = await httpGet(url('/feeds/grassroots.json'), {
      'if-none-match': etag,
      'cache-control': 'no-cache',
      pragma: 'no-cache',
    });
    expect(same.status).toBe(304);
    const viaFetch = await fetch(url('/feeds/grassroots.json'), {
      headers: { 'if-none-match': etag },
    });
    expect(viaFetch.status).toBe(304);

    const file = join(site.feeds, 'grassroots.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"test round 0"', '"test round 0b"'));
    const changed = await httpGet(url('/feeds/grassroots.json'), { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(JSON.parse(changed.body.toString('utf8')).source).toBe('test round 0b');
    writeFileSync(file, text);
  });

  it('other files of the build (configs): no-cache', async () => {
    const res = await httpGet(url('/screens/default.json'));
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});

describe('compression', () => {
  it('gzip when the client accepts only gzip', async () => {
    const res = await httpGet(url(`/assets/${SCRIPT_NAME}`), { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(gunzipSync(res.body).toString('utf8')).toBe(scriptText);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(scriptText) / 4);
  });

  it('brotli when the client prefers it, for feeds too', async () => {
    const res = await httpGet(url('/feeds/grassroots.json'), {
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(res.headers['content-encoding']).toBe('br');
    const original = readFileSync(join(site.feeds, 'grassroots.json'), 'utf8');
    expect(brotliDecompressSync(res.body).toString('utf8')).toBe(original);
  });

  it('nothing when the client accepts no encoding, and no body for HEAD', async () => {
    const plain = await httpGet(url(`/assets/${SCRIPT_NAME}`), { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(scriptText);
    const head = await httpGet(
      url(`/assets/${SCRIPT_NAME}`),
      { 'accept-encoding': 'gzip' },
      'HEAD',
    );
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });
});

describe('everything else', () => {
  it('health: JSON with uptime, feed files and SSE clients, never cached', async () => {
    const res = await httpGet(url('/healthz'));
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const health = JSON.parse(res.body.toString('utf8'));
    expect(health).toMatchObject({
      status: 'ok',
      sseClients: 0,
      feeds: { files: 2, streamed: 0 },
    });
    expect(health.uptimeSeconds).toBeGreaterThanOrEqual(0);
    expect(health.memory.rss).toBeGreaterThan(health.memory.heapUsed);
  });

  it('a folder without its slash redirects to the slash form; a missing file is a 404', async () => {
    const folder = await httpGet(url('/screens'));
    expect(folder.status).toBe(301);
    expect(new URL(folder.headers.location ?? '', url('/screens')).pathname).toBe('/screens/');
    const missing = await httpGet(url('/nothing-here.json'));
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    expect((await httpGet(url('/feeds/nothing.json'))).status).toBe(404);
  });

  it('answers 405 to methods other than GET and HEAD', async () => {
    const res = await fetch(url('/feeds/grassroots.json'), { method: 'POST', body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it("a separate feeds folder replaces the build's own feeds", async () => {
    const other = makeSite();
    writeFileSync(join(other.feeds, 'only-here.json'), '{"here":true}');
    const second = await startServer({
      root: site.root,
      feeds: other.feeds,
      port: 0,
      log: () => {},
    });
    try {
      const res = await httpGet(new URL('/feeds/only-here.json', second.url).href);
      expect(JSON.parse(res.body.toString('utf8'))).toEqual({ here: true });
      // The app's own files still come from the root.
      expect((await httpGet(new URL('/', second.url).href)).status).toBe(200);
    } finally {
      await second.close();
      other.remove();
    }
  });

  it('refuses to start without a built screen, naming the fix', async () => {
    await expect(startServer({ root: site.feeds, port: 0 })).rejects.toThrow(/pnpm build/);
  });
});
