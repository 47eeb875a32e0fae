import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/index.js';
import { rawGet } from './support/raw-http.js';
import { makeSite, type Site } from './support/site.js';

// Requests are written to the socket byte for byte: fetch and browsers would normalise `..`
// away before sending, and an attacker's client does not.

let site: Site;
let server: RunningServer;

beforeAll(async () => {
  site = makeSite();
  // A link inside the build pointing out of it, and one inside the feeds folder.
  symlinkSync(join(site.dir, 'secret.txt'), join(site.root, 'linked.txt'));
  symlinkSync(join(site.dir, 'secret.json'), join(site.feeds, 'linked.json'));
  symlinkSync(site.dir, join(site.root, 'outside'));
  server = await startServer({ root: site.root, port: 0, log: () => {} });
});
afterAll(async () => {
  await server.close();
  site.remove();
});

const attempts = [
  '/../secret.txt',
  '/feeds/../../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2e%2e%2fsecret.txt',
  '/%2E%2E/%2E%2E/secret.txt',
  '/feeds/%2e%2e/%2e%2e/secret.txt',
  '/feeds/..%2f..%2fsecret.txt',
  '/assets/..%2f..%2f..%2fsecret.txt',
  '/..%5csecret.txt',
  '/%252e%252e/secret.txt',
  '/secret.txt%00.json',
  '/./.././secret.txt',
  '//../secret.txt',
  '/linked.txt',
  '/outside/secret.txt',
  '/feeds/linked.json',
  '/.env',
  '/feeds/../.env',
];

describe('path traversal', () => {
  it.each(attempts)('GET %s is refused and shows nothing from outside', async (target) => {
    const res = await rawGet(server.port, target);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.text).not.toContain(site.secret);
  });

  it.each([
    '/feeds/%2e%2e/%2e%2e/secret.json',
    '/feeds/..%2f..%2fsecret.json',
    '/feeds/linked.json',
  ])('an event stream on %s is refused too', async (target) => {
    const res = await rawGet(server.port, target, { Accept: 'text/event-stream' });
    expect([400, 403, 404]).toContain(res.status);
    expect(res.text).not.toContain(site.secret);
    expect(server.streams().clients).toBe(0);
  });

  it('still serves what is inside', async () => {
    expect((await rawGet(server.port, '/')).status).toBe(200);
    expect((await rawGet(server.port, '/feeds/grassroots.json')).status).toBe(200);
    expect((await rawGet(server.port, '/feeds/./grassroots.json')).status).toBe(200);
  });
});
