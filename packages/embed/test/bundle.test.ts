// The standalone bundle in plain HTML pages under a sub-path, driven in Debian's Chromium, against
// a static server that behaves like nginx's defaults: Last-Modified, no Cache-Control, and 304
// for a matching If-Modified-Since. No React on the page, no bundler, nothing from other origins.
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
const base = '/portal/section/';

const page = (lang: string, fonts: boolean) => `<!doctype html>
<html lang="${lang}">
<meta charset="utf-8">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="./onescreen/onescreen-embed.css">
${fonts ? '<link rel="stylesheet" href="./onescreen/onescreen-fonts.css">' : ''}
<p id="host-text">门户自己的文字 The portal's own text</p>
<div id="card" style="width:480px;height:260px"></div>
<onescreen-widget id="ring" type="RingChart" feed="feeds/ring.json" style="width:480px;height:260px"></onescreen-widget>
<onescreen-widget id="ring2" type="RingChart" feed="feeds/ring.json" props='{"unit":"起"}' style="width:480px;height:260px"></onescreen-widget>
<onescreen-widget id="bad" type="KpiCard" props="{oops" style="width:300px;height:160px"></onescreen-widget>
<onescreen-widget id="typo" type="KpiCrad" style="width:300px;height:160px"></onescreen-widget>
<script type="module">
  import { mount } from './onescreen/onescreen-embed.js';
  window.card = mount(document.getElementById('card'), 'KpiCard', { label: '完成换届村社', value: 539, unit: '个' });
</script>`;

const refreshPage = `<!doctype html>
<html lang="zh-CN">
<meta charset="utf-8">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="./onescreen/onescreen-embed.css">
<onescreen-widget id="live" type="RankingBoard" feed="feeds/live.json" refresh="5" style="width:480px;height:260px"></onescreen-widget>
<script type="module" src="./onescreen/onescreen-embed.js"></script>`;

const feedDoc = (data: unknown) =>
  JSON.stringify({
    kind: 'custom',
    schemaVersion: 1,
    asOf: '2026-11-23T09:55:00+08:00',
    source: 'test',
    data,
  });
const ring = {
  title: '电诈类型构成',
  unit: '件',
  items: [
    { name: '刷单返利', value: 242 },
    { name: '冒充客服', value: 96 },
  ],
};
const ranking = (town: string) => ({
  title: '街道工单',
  unit: '件',
  items: [{ name: town, value: 12 }],
});

let dir = '';
let server: Server;
let browser: Browser;
let origin = '';
/** Every request the server answered: path, status, and whether it was conditional. */
const log: { path: string; status: number; conditional: boolean }[] = [];

async function serve(path: string, ifModifiedSince: string | undefined) {
  const file = join(dir, normalize(path));
  const info = await stat(file);
  const modified = new Date(Math.floor(info.mtimeMs / 1000) * 1000);
  if (ifModifiedSince && Date.parse(ifModifiedSince) >= modified.getTime()) return { status: 304 };
  return { status: 200, body: await readFile(file), modified };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'onescreen-embed-'));
  await build({ configFile, logLevel: 'silent', build: { outDir: join(dir, 'onescreen') } });
  await mkdir(join(dir, 'feeds'));
  await writeFile(join(dir, 'zh.html'), page('zh-CN', true));
  await writeFile(join(dir, 'en.html'), page('en', false));
  await writeFile(join(dir, 'refresh.html'), refreshPage);
  await writeFile(
    join(dir, 'unstyled.html'),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<onescreen-widget type="KpiCard" props='{"label":"x","value":1}'></onescreen-widget>
<script type="module" src="./onescreen/onescreen-embed.js"></script>`,
  );
  await writeFile(join(dir, 'feeds/ring.json'), feedDoc(ring));
  server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const conditional = req.headers['if-modified-since'] !== undefined;
    if (!path.startsWith(base)) {
      log.push({ path, status: 404, conditional });
      res.writeHead(404).end();
      return;
    }
    try {
      const out = await serve(path.slice(base.length), req.headers['if-modified-since']);
      log.push({ path: path.slice(base.length), status: out.status, conditional });
      if (out.status === 304) res.writeHead(304).end();
      else
        res
          .writeHead(200, {
            'content-type': types[extname(path)] ?? 'application/octet-stream',
            'last-modified': out.modified?.toUTCString() ?? '',
          })
          .end(out.body);
    } catch {
      log.push({ path, status: 404, conditional });
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

/** A page that records page errors, console errors and warnings, and requests to other origins. */
async function open(path: string) {
  const tab = await browser.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  const foreign: string[] = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  tab.on('request', (r) => {
    if (!r.url().startsWith(origin)) foreign.push(r.url());
  });
  await tab.goto(`${origin}${base}${path}`);
  return { tab, errors, warnings, foreign };
}

const widget = (tab: Page, sel: string) => tab.locator(`${sel} [data-widget]`).first();
const stateOf = (tab: Page, sel: string) => widget(tab, sel).getAttribute('data-state');

describe('standalone bundle in a plain page under a sub-path', () => {
  it('mounts by call and by element, reads each feed once, loads its fonts from the sub-path and leaves the host page alone', {
    timeout: 60_000,
  }, async () => {
    log.length = 0;
    const { tab, errors, warnings, foreign } = await open('zh.html');
    await expect.poll(() => stateOf(tab, '#card')).toBe('ready');
    await expect.poll(() => stateOf(tab, '#ring')).toBe('ready');
    await expect.poll(() => stateOf(tab, '#ring2')).toBe('ready');
    expect(await tab.locator('#ring [data-a11y-table]').textContent()).toContain('刷单返利');
    // A chart is drawn once its box is measured, a frame after the widget reports its data.
    await expect.poll(() => tab.locator('#ring canvas').count()).toBeGreaterThan(0);
    // Two elements on one feed: two requests, one each (it was four each).
    expect(log.filter((r) => r.path === 'feeds/ring.json')).toHaveLength(2);

    expect(await widget(tab, '#bad').textContent()).toBe('props 属性不是有效的 JSON：{oops');
    expect(await stateOf(tab, '#typo')).toBe('error');
    expect(await widget(tab, '#typo').textContent()).toMatch(
      /^未知的组件类型「KpiCrad」。可用的类型：KpiCard, /,
    );
    expect(warnings.some((w) => w.includes('Unknown widget type "KpiCrad"'))).toBe(true);
    expect(warnings.some((w) => w.includes('props attribute is not valid JSON'))).toBe(true);
    expect(warnings.some((w) => w.includes('stylesheet is not loaded'))).toBe(false);

    // The fonts came from ./onescreen/fonts/ under the sub-path, and the faces are in use.
    // Each face loads (from the sub-path) and is then in use.
    const faces = await tab.evaluate(async () => {
      const loaded = await Promise.all([
        document.fonts.load('16px "Noto Sans SC"', '完成换届村社'),
        document.fonts.load('500 16px "Barlow"', '539'),
      ]);
      return {
        loaded: loaded.map((f) => f.length),
        check: document.fonts.check('16px "Noto Sans SC"', '完成换届村社'),
      };
    });
    expect(faces.loaded.every((n) => n > 0)).toBe(true);
    expect(faces.check).toBe(true);
    const fonts = log.filter((r) => r.path.startsWith('onescreen/fonts/'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((r) => r.status === 200 && r.path.endsWith('.woff2'))).toBe(true);
    expect(log.filter((r) => r.status === 404)).toEqual([]);

    // Nothing of ours reaches the host's own elements: no colour scheme, no variables, no colour.
    const host = await tab.evaluate(() => {
      const html = getComputedStyle(document.documentElement);
      return {
        scheme: html.colorScheme,
        bg: html.getPropertyValue('--os-bg'),
        color: getComputedStyle(document.getElementById('host-text') as Element).color,
      };
    });
    expect(host).toEqual({ scheme: 'normal', bg: '', color: 'rgb(0, 0, 0)' });

    expect(await tab.evaluate(() => 'React' in window)).toBe(false);
    await tab.evaluate(() => (window as unknown as { card: { destroy(): void } }).card.destroy());
    expect(await tab.locator('#card *').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await tab.close();
  });

  it('speaks the page language, and loads no font when the page leaves the fonts stylesheet out', {
    timeout: 60_000,
  }, async () => {
    log.length = 0;
    const { tab, errors } = await open('en.html');
    await expect.poll(() => stateOf(tab, '#ring')).toBe('ready');
    await expect.poll(() => stateOf(tab, '#card')).toBe('ready');
    expect(await widget(tab, '#typo').textContent()).toMatch(
      /^Unknown widget type "KpiCrad"\. Valid types: KpiCard, /,
    );
    expect(await widget(tab, '#bad').textContent()).toBe(
      'The props attribute is not valid JSON: {oops',
    );
    expect(log.filter((r) => r.path.includes('fonts/'))).toEqual([]);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('tells the developer when the page forgot the stylesheet', { timeout: 60_000 }, async () => {
    const { tab, errors, warnings } = await open('unstyled.html');
    await expect.poll(() => stateOf(tab, 'onescreen-widget')).toBe('ready');
    expect(warnings.filter((w) => w.includes('stylesheet is not loaded'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('revalidates on every refresh, so a feed changed on a caching static server shows up', {
    timeout: 90_000,
  }, async () => {
    const file = join(dir, 'feeds/live.json');
    await writeFile(file, feedDoc(ranking('北苑街道')));
    // An hour old: a heuristic cache would keep it fresh for six minutes without asking.
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(file, hourAgo, hourAgo);
    log.length = 0;
    const { tab, errors } = await open('refresh.html');
    await expect.poll(() => stateOf(tab, '#live')).toBe('ready');
    expect(await widget(tab, '#live').textContent()).toContain('北苑街道');

    await writeFile(file, feedDoc(ranking('新塍镇')));
    await expect
      .poll(() => widget(tab, '#live').textContent(), { timeout: 30_000, interval: 250 })
      .toContain('新塍镇');
    // Unchanged since: the next refresh is answered 304 and the widget keeps its data.
    await expect
      .poll(() => log.filter((r) => r.path === 'feeds/live.json' && r.status === 304).length, {
        timeout: 30_000,
        interval: 250,
      })
      .toBeGreaterThan(0);
    expect(await stateOf(tab, '#live')).toBe('ready');
    expect(await widget(tab, '#live').textContent()).toContain('新塍镇');
    const reads = log.filter((r) => r.path === 'feeds/live.json');
    expect(reads.slice(1).every((r) => r.conditional)).toBe(true);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
