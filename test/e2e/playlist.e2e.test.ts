import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copySampleFeeds,
  launchChromium,
  openScreen,
  type RunningServer,
  startServer,
  waitForScreenReady,
} from './harness/index.js';

// Screen playlists on the production build: the screen shown is a function of the wall clock,
// so two tiles of a wall turn together without talking; a fresh alert holds the rotation on
// the screen that shows it, then the rotation rejoins the clock.

// biome-ignore lint/suspicious/noExplicitAny: the test edits a JSON document by path
type Doc = Record<string, any>;
const repo = new URL('../../', import.meta.url);
const defaultConfig = JSON.parse(
  readFileSync(new URL('data/screens/default.json', repo), 'utf8'),
) as Doc;

const html = (page: Page, key: string) =>
  page.evaluate((k) => document.documentElement.dataset[k], key);
const EPOCH = Date.parse('2020-01-01T00:00:00+08:00');

/** Records each change of html[data-screen-ready] in `window.__ready`, from the first script on. */
const recordReadiness = () => {
  const marks: string[] = [];
  (window as unknown as { __ready: string[] }).__ready = marks;
  let last: string | undefined;
  new MutationObserver(() => {
    const now = document.documentElement?.dataset.screenReady;
    if (now === last) return;
    last = now;
    marks.push(now === 'true' ? 'ready' : 'withdrawn');
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-screen-ready'] });
};

describe('screen playlists (production build, onescreen serve)', () => {
  let feeds: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    feeds = copySampleFeeds();
    // Screens are named relative to the playlist: /feeds/x.playlist.json → /screens/….
    writeFileSync(
      join(feeds, 'quick.playlist.json'),
      JSON.stringify({
        schemaVersion: 1,
        screens: [
          { screen: '../screens/default.json', seconds: 6 },
          { screen: '../screens/traffic-air.json', seconds: 6 },
        ],
        holdOnAlerts: false,
      }),
    );
    server = await startServer({ feeds });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(feeds, { recursive: true, force: true });
  });

  it('turns screens by the wall clock, with two tiles in step', async () => {
    const tile = (col: number) =>
      openScreen(browser, server.url, {
        width: 960,
        height: 540,
        query: `playlist=feeds/quick.playlist.json&kiosk=1&tile=${col},0&tiles=2,1`,
        beforeLoad: async (p) => {
          await p.addInitScript(recordReadiness);
        },
      });
    const tiles = await Promise.all([tile(0), tile(1)]);
    const [left, right] = tiles.map((t) => t.page) as [Page, Page];
    for (const page of [left, right])
      await expect.poll(() => html(page, 'playlistIndex'), { timeout: 15_000 }).toBeDefined();
    const titles = ['杭嘉基层治理 一屏览全域', '道路交通与空气质量 一屏览全域'];
    // Watch two turns: each tile shows the screen the clock names, ending at the same instant.
    let last = await html(left, 'playlistIndex');
    for (let turn = 0; turn < 2; turn++) {
      await expect.poll(() => html(left, 'playlistIndex'), { timeout: 15_000 }).not.toBe(last);
      last = await html(left, 'playlistIndex');
      // Each tile remounts its next screen on the same 2 loaded cores; in step is proven by
      // playlistUntil being equal below.
      await expect.poll(() => html(right, 'playlistIndex'), { timeout: 15_000 }).toBe(last);
      const until = Number(await html(left, 'playlistUntil'));
      expect(Number(await html(right, 'playlistUntil'))).toBe(until);
      // A slot ends on a 6 s step counted from the epoch, and the slot is the one it names.
      expect((until - EPOCH) % 6_000).toBe(0);
      expect(Number(last)).toBe(((until - EPOCH) / 6_000 - 1) % 2);
      for (const page of [left, right]) {
        await expect.poll(() => page.title()).toBe(titles[Number(last)]);
        await waitForScreenReady(page);
        expect(await html(page, 'playlistHeld')).toBeUndefined();
      }
    }
    for (const page of [left, right]) {
      // A turn withdraws the old screen's readiness and the new screen earns its own (the
      // screen it opened on may turn before it is ready on a loaded machine, so count from the
      // turns watched above, both of which ended ready).
      const marks = await page.evaluate(() => (window as unknown as { __ready: string[] }).__ready);
      expect(marks.at(-1)).toBe('ready');
      expect(marks.filter((m) => m === 'ready').length).toBeGreaterThanOrEqual(2);
      expect(marks.filter((m) => m === 'withdrawn').length).toBeGreaterThanOrEqual(1);
    }
    for (const t of tiles) {
      // Turning screens closes the feed streams of the one before; nothing else fails.
      expect(t.problems.consoleErrors).toEqual([]);
      expect(t.problems.foreignRequests).toEqual([]);
      expect(t.problems.failedRequests.filter((r) => !r.includes('net::ERR_ABORTED'))).toEqual([]);
      await t.close();
    }
  });

  it('holds on the screen whose alert just fired, then rejoins the clock', async () => {
    // The default screen fires its red-light and station-area alerts as it opens; here they
    // hold the wall for 24 s (to the next 3 s carousel step) while its slot lasts only 20 s.
    // The slot is long enough for a loaded machine to open the screen and fire within it.
    const holding = structuredClone(defaultConfig);
    holding.alerting.holdSeconds = 24;
    holding.carousel = { periodSeconds: 3 };
    writeFileSync(join(feeds, 'holding-screen.json'), JSON.stringify(holding));
    const start = Date.now() - 500;
    writeFileSync(
      join(feeds, 'hold.playlist.json'),
      JSON.stringify({
        schemaVersion: 1,
        screens: [
          { screen: 'holding-screen.json', seconds: 20 },
          { screen: '../screens/traffic-air.json', seconds: 60 },
        ],
        epoch: new Date(start).toISOString(),
      }),
    );
    const { page, problems, close } = await openScreen(browser, server.url, {
      width: 1280,
      height: 720,
      query: 'playlist=feeds/hold.playlist.json',
    });
    await expect.poll(() => html(page, 'alertsFiring'), { timeout: 15_000 }).toBe('2');
    expect(await html(page, 'playlistIndex')).toBe('0');
    await expect.poll(() => html(page, 'playlistHeld'), { timeout: 5_000 }).toBe('true');
    // Past the end of its slot the screen is still on: the alert holds it.
    const slotEnd = start + 20_000;
    await expect.poll(() => Date.now() > slotEnd + 1_000, { timeout: 25_000 }).toBe(true);
    expect(await html(page, 'playlistIndex')).toBe('0');
    expect(await page.title()).toBe('杭嘉基层治理 一屏览全域');
    const until = Number(await html(page, 'playlistUntil'));
    expect(until).toBeGreaterThan(slotEnd);
    // The hold ends on a carousel step; then the clock's screen shows.
    expect((until - EPOCH) % 3_000).toBe(0);
    await expect.poll(() => html(page, 'playlistIndex'), { timeout: 35_000 }).toBe('1');
    expect(await html(page, 'playlistHeld')).toBeUndefined();
    await expect.poll(() => page.title()).toBe('道路交通与空气质量 一屏览全域');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests.filter((r) => !r.includes('net::ERR_ABORTED'))).toEqual([]);
    await close();
  });
});
