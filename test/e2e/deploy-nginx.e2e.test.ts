import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appRoot,
  copySampleFeeds,
  launchChromium,
  openScreen,
  type RunningServer,
  startServer,
  waitForScreenReady,
} from './harness/index.js';
import { freePort, type RunningNginx, siteConfig, startNginx } from './harness/nginx.js';

// The deployment recipes of docs/deploy.md, run for real: Debian's nginx (installed by the
// harness when missing and we are root; a clear failure otherwise, never a skip) serves the
// production build under a sub-path with deploy/nginx/onescreen.conf as shipped, save for
// `listen` and its folders, and fronts `onescreen serve` with deploy/nginx/onescreen-proxy.conf.

const repo = new URL('../../', import.meta.url);
const dist = `${appRoot}dist/`;

/** A feeds folder outside the build, as a command room keeps one, readable by nginx's workers. */
function feedsFolder(): string {
  const dir = copySampleFeeds();
  // A producer's temp file next to the feeds: never served.
  writeFileSync(join(dir, '.fire.json.tmp'), '{"half":');
  return dir;
}

describe('nginx with deploy/nginx/onescreen.conf serves the build under /screen/', () => {
  let nginx: RunningNginx;
  let browser: Browser;
  let feeds: string;
  const at = (path: string) => `${nginx.origin}${path}`;

  beforeAll(async () => {
    feeds = feedsFolder();
    const port = await freePort();
    const site = siteConfig(new URL('deploy/nginx/onescreen.conf', repo), port, {
      '/srv/onescreen/dist/': dist,
      '/srv/onescreen/feeds/': `${feeds}/`,
    });
    nginx = await startNginx(site, port);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await nginx?.close();
    rmSync(feeds, { recursive: true, force: true });
  });

  it('answers with the cache headers of each kind of file', async () => {
    const folder = await fetch(at('/screen'), { redirect: 'manual' });
    expect(folder.status).toBe(301);
    expect(new URL(folder.headers.get('location') ?? '', at('/')).pathname).toBe('/screen/');

    const index = await fetch(at('/screen/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const etag = index.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await fetch(at('/screen/'), { headers: { 'if-none-match': etag } })).status).toBe(304);

    // Every asset the page names is relative, so it lives under the sub-path: a year, immutable.
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(at(`/screen/${script}`));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');

    const feed = await fetch(at('/screen/feeds/fire.json'));
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('application/json');
    expect(feed.headers.get('cache-control')).toBe('no-cache');
    expect(feed.headers.get('content-encoding')).toBe('gzip');
    const feedTag = feed.headers.get('etag') ?? '';
    expect(feedTag).not.toBe('');
    expect(JSON.parse(await feed.text()).kind).toBe('fire');
    const again = await fetch(at('/screen/feeds/fire.json'), {
      headers: { 'if-none-match': feedTag },
    });
    expect(again.status).toBe(304);

    const geo = await fetch(at('/screen/geo/jiaxing.geojson'));
    expect(geo.headers.get('content-type')).toBe('application/geo+json');
    expect(geo.headers.get('cache-control')).toBe('no-cache');

    expect((await fetch(at('/screen/feeds/.fire.json.tmp'))).status).toBe(404);
    expect(nginx.errors()).not.toMatch(/\[(crit|alert|emerg)\]/);
  });

  it('the screen opens in Chromium from /screen/ and gets ready with every request inside it', async () => {
    const requested: string[] = [];
    const { page, problems, close } = await openScreen(browser, at('/screen/'), {
      width: 1920,
      height: 1080,
      beforeLoad: async (p) => {
        p.on('request', (r) => requested.push(new URL(r.url()).pathname));
      },
    });
    await waitForScreenReady(page);
    expect(await page.getAttribute('html', 'data-screen-error')).toBeNull();
    expect(await page.locator('[data-widget][data-state="error"]').count()).toBe(0);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    // The page, its scripts, fonts, boundaries and all five feeds, every one under the sub-path.
    expect(requested).toContain('/screen/feeds/hotline.json');
    expect(requested.filter((p) => !p.startsWith('/screen/'))).toEqual([]);
    await close();
  });
});

describe('nginx with deploy/nginx/onescreen-proxy.conf in front of onescreen serve', () => {
  let server: RunningServer;
  let nginx: RunningNginx;
  let browser: Browser;
  let feeds: string;

  beforeAll(async () => {
    feeds = feedsFolder();
    server = await startServer({ feeds });
    const port = await freePort();
    const site = siteConfig(new URL('deploy/nginx/onescreen-proxy.conf', repo), port, {
      'server 127.0.0.1:4173;': `server ${new URL(server.url).host};`,
    });
    nginx = await startNginx(site, port);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await nginx?.close();
    await server?.close();
    rmSync(feeds, { recursive: true, force: true });
  });

  it('passes the health endpoint and the cache headers through', async () => {
    const health = await fetch(`${nginx.origin}/screen/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const feed = await fetch(`${nginx.origin}/screen/feeds/fire.json`);
    expect(feed.headers.get('cache-control')).toBe('no-cache');
  });

  it('passes a feed change to an EventSource in Chromium at once', async () => {
    const { page, close } = await openScreen(browser, `${nginx.origin}/screen/`, {
      width: 1280,
      height: 720,
    });
    await waitForScreenReady(page);
    await page.evaluate(() => {
      const w = window as unknown as { sources: string[] };
      w.sources = [];
      const stream = new EventSource('feeds/fire.json');
      stream.onmessage = (e) => w.sources.push(JSON.parse(e.data).source);
    });
    const sources = () => page.evaluate(() => (window as unknown as { sources: string[] }).sources);
    await expect.poll(sources, { timeout: 15_000 }).toHaveLength(1);

    const file = join(feeds, 'fire.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { source: string };
    doc.source = 'pushed through nginx';
    writeFileSync(`${file}.next`, JSON.stringify(doc));
    renameSync(`${file}.next`, file);
    await expect.poll(sources, { timeout: 15_000 }).toContain('pushed through nginx');
    await close();
  });
});
