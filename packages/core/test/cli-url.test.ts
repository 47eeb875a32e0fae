import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './fixtures/feeds/cli-host.js';
import { sample, sampleText } from './fixtures/feeds/samples.js';
import { at } from './fixtures/feeds/text-position.js';

// A real HTTP server on 127.0.0.1: the validator's URL path goes through fetch, status
// handling and the byte cap exactly as it would against a producer's server.

const broken = sample('grassroots');
broken.data.indicators[0].value = -1;
const routes: Record<string, (res: import('node:http').ServerResponse) => void> = {
  '/hotline.json': (res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(sampleText('hotline')),
  '/broken.json': (res) => res.writeHead(200).end(JSON.stringify(broken)),
  '/huge-declared.json': (res) =>
    res.writeHead(200, { 'content-length': String(64 * 1024 * 1024) }).end(),
  '/huge-streamed.json': (res) => {
    // No Content-Length: the cap must trip while streaming 13 MB of chunks.
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = '0,'.repeat(512 * 1024);
    for (let i = 0; i < 13; i++) res.write(chunk);
    res.end('0]');
  },
};

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) =>
    (routes[req.url ?? ''] ?? ((r) => r.writeHead(404).end()))(res),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('onescreen validate <url>', () => {
  it('exit 0 for a good feed served over HTTP', async () => {
    const run = await runCli('validate', `${base}/hotline.json`);
    expect(run.code).toBe(0);
    expect(run.out[0]).toMatch(/^valid: hotline feed/);
  });

  it('exit 1 with the problem line for a broken feed', async () => {
    const run = await runCli('validate', `${base}/broken.json`);
    const where = at(JSON.stringify(broken), '"value":-1', '-1');
    expect(run).toMatchObject({
      code: 1,
      out: [`/data/indicators/0/value (${where}): expected a finite number ≥ 0, found -1`],
    });
  });

  it('exit 1 naming the HTTP status for a missing feed', async () => {
    const run = await runCli('validate', `${base}/missing.json`);
    expect(run).toMatchObject({
      code: 1,
      out: ['(root): expected a reachable feed URL, found HTTP 404 Not Found'],
    });
  });

  it('refuses an oversized body from its Content-Length without reading it', async () => {
    const run = await runCli('validate', `${base}/huge-declared.json`);
    expect(run).toMatchObject({
      code: 1,
      out: ['(root): expected a feed of at most 12582912 bytes, found 67108864 bytes'],
    });
  });

  it('refuses an oversized streamed body once it passes the cap', async () => {
    const run = await runCli('validate', `${base}/huge-streamed.json`);
    expect(run.code).toBe(1);
    expect(run.out[0]).toMatch(
      /^\(root\): expected a feed of at most 12582912 bytes, found \d+ bytes$/,
    );
  });

  it('exit 1 when nothing listens at the URL', async () => {
    const run = await runCli('validate', 'http://127.0.0.1:1/feed.json');
    expect(run.code).toBe(1);
    expect(run.out[0]).toMatch(/^\(root\): expected a reachable feed URL, found /);
  });
});
