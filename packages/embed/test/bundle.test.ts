// The standalone bundle in a plain HTML page, driven in Debian's Chromium: no React on the
// page, no bundler, no network beyond the page's own origin.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const page = `<!doctype html>
<meta charset="utf-8">
<link rel="stylesheet" href="/onescreen-embed.css">
<div id="card" style="width:480px;height:260px"></div>
<onescreen-widget id="el" type="RingChart" feed="/feed.json" style="width:480px;height:260px"></onescreen-widget>
<onescreen-widget id="bad" type="KpiCard" props="{oops" style="width:300px;height:160px"></onescreen-widget>
<script type="module">
  import { mount } from '/onescreen-embed.js';
  window.card = mount(document.getElementById('card'), 'KpiCard', { label: '完成换届村社', value: 539, unit: '个' });
</script>`;

const feed = {
  kind: 'antifraud',
  schemaVersion: 1,
  asOf: '2026-11-23T09:55:00+08:00',
  source: 'test',
  data: {
    title: '电诈类型构成',
    unit: '件',
    items: [
      { name: '刷单返利', value: 242 },
      { name: '冒充客服', value: 96 },
    ],
  },
};

let dir = '';
let server: Server;
let browser: Browser;
let origin = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'onescreen-embed-'));
  await build({ configFile, logLevel: 'silent', build: { outDir: dir, emptyOutDir: true } });
  await writeFile(join(dir, 'index.html'), page);
  await writeFile(join(dir, 'feed.json'), JSON.stringify(feed));
  server = createServer(async (req, res) => {
    const asked = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const path = asked === '/' ? '/index.html' : asked;
    try {
      const body = await readFile(join(dir, path));
      res
        .writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('standalone bundle in a plain page', () => {
  it('mounts by call and by element, shows a bad props attribute as an error, and stays on its origin', {
    timeout: 60_000,
  }, async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('request', (r) => {
      if (!r.url().startsWith(origin)) foreign.push(r.url());
    });
    await tab.goto(`${origin}/`);
    const state = (sel: string) => tab.locator(`${sel} [data-widget]`).first();
    await expect.poll(() => state('#card').getAttribute('data-state')).toBe('ready');
    await expect.poll(() => state('#el').getAttribute('data-state')).toBe('ready');
    await expect.poll(() => state('#bad').getAttribute('data-state')).toBe('error');
    expect(await tab.locator('#el [data-a11y-table]').textContent()).toContain('刷单返利');
    expect(await tab.locator('#el canvas').count()).toBeGreaterThan(0);
    // The page never loaded React itself: the one the widgets use came inside the bundle.
    expect(await tab.evaluate(() => 'React' in window)).toBe(false);
    await tab.evaluate(() => (window as unknown as { card: { destroy(): void } }).card.destroy());
    expect(await tab.locator('#card *').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await tab.close();
  });
});
