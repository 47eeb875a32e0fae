import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedVariants } from '../support/feed-variants.js';
import {
  clickADistrict,
  copySampleFeeds,
  holdStill,
  launchChromium,
  openScreen,
  type RunningServer,
  startServer,
  waitForScreenReady,
} from './harness/index.js';

// A live screen: the config asks for Server-Sent Events on the very feed URLs it polls, and
// `onescreen serve` pushes each feed file whenever it changes. Polling is set to an hour, so a
// new figure on the wall within the test can only have come by push.

const repo = new URL('../../', import.meta.url);
const defaultConfig = JSON.parse(
  readFileSync(new URL('data/screens/default.json', repo), 'utf8'),
) as {
  feeds: Record<
    string,
    { url: string; refreshSeconds: number; staleSeconds: number; sse?: string }
  >;
};

/** Every slot's text and its charts' accessible descriptions (their data), by slot. */
const slotTexts = (page: Page) =>
  page.$$eval('[data-slot]', (slots) =>
    Object.fromEntries(
      slots.map((s) => [
        s.getAttribute('data-slot'),
        [
          (s as HTMLElement).innerText,
          ...[...s.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')),
        ].join('\n'),
      ]),
    ),
  );

interface Station {
  id: string;
  location: [number, number];
}

describe('a feed change reaches an open screen over SSE (onescreen serve)', () => {
  let feeds: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    feeds = copySampleFeeds();
    const config = structuredClone(defaultConfig);
    for (const feed of Object.values(config.feeds)) {
      feed.sse = feed.url;
      feed.refreshSeconds = 3600;
      feed.staleSeconds = 7200;
    }
    writeFileSync(join(feeds, 'live-screen.json'), JSON.stringify(config));
    server = await startServer({ feeds });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(feeds, { recursive: true, force: true });
  });

  it('shows the new station count once build-feeds-style writes replace fire.json', async () => {
    const streamed: string[] = [];
    const polled: string[] = [];
    const { page, problems, close } = await openScreen(browser, server.url, {
      width: 1920,
      height: 1080,
      query: 'screen=feeds/live-screen.json',
      beforeLoad: async (p) => {
        p.on('request', (r) => {
          if (!r.url().includes('/feeds/fire.json')) return;
          (r.resourceType() === 'eventsource' ? streamed : polled).push(r.url());
        });
      },
    });
    await waitForScreenReady(page);
    const stations = page.locator('[data-slot="kpi-stations"]');
    expect(await stations.innerText()).toMatch(/\b23\b/);
    // Every feed of the config holds a stream open on the server.
    await expect
      .poll(async () => (await (await fetch(new URL('healthz', server.url))).json()).sseClients, {
        timeout: 15_000,
      })
      .toBe(Object.keys(defaultConfig.feeds).length);
    expect(streamed.length).toBeGreaterThan(0);
    const pollsBefore = polled.length;

    // Two more stations, written the way build-feeds writes: a temp file renamed over the feed.
    const file = join(feeds, 'fire.json');
    const fire = JSON.parse(readFileSync(file, 'utf8')) as { data: { stations: Station[] } };
    const first = fire.data.stations[0] as Station;
    for (const n of [90, 91]) {
      fire.data.stations.push({
        ...first,
        id: `XZ-FS-${n}`,
        location: [first.location[0] + n / 10_000, first.location[1]],
      });
    }
    writeFileSync(`${file}.tmp`, JSON.stringify(fire, null, 2));
    renameSync(`${file}.tmp`, file);

    await expect.poll(() => stations.innerText(), { timeout: 15_000 }).toMatch(/\b25\b/);
    // No poll brought it: the screen fetched fire.json no more than it had before the change.
    expect(polled.length).toBe(pollsBefore);
    expect(await page.locator('[data-feed="fire"]').getAttribute('data-feed-state')).toBe('ready');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await close();
  });

  it("shows a selected district's new figures when its feeds change, as a page opened on them does", async () => {
    // The widgets' bindings run in the feed worker on each new value, in the page's selection;
    // a page opened after the change works the same figures out on its own thread.
    const open = async () => {
      const screen = await openScreen(browser, server.url, {
        width: 1920,
        height: 1080,
        query: 'screen=feeds/live-screen.json',
        beforeLoad: (p) => holdStill(p),
      });
      await waitForScreenReady(screen.page);
      // The clicked district's hover tooltip is open on the live page only: not compared.
      await screen.page.addStyleTag({ content: '.os-chart-tooltip { display: none !important }' });
      return screen;
    };
    const live = await open();
    await expect
      .poll(async () => (await (await fetch(new URL('healthz', server.url))).json()).sseClients, {
        timeout: 15_000,
      })
      .toBe(Object.keys(defaultConfig.feeds).length);
    const district = await clickADistrict(live.page);
    expect(district).not.toBeNull();
    await expect.poll(async () => (await slotTexts(live.page)).map).toContain('已选中');
    const before = await slotTexts(live.page);

    for (const [name, seed] of [
      ['petitions', 7],
      ['hotline', 8],
    ] as const) {
      const file = join(feeds, `${name}.json`);
      const [changed] = feedVariants(readFileSync(file, 'utf8'), 1, seed);
      writeFileSync(`${file}.tmp`, changed ?? '');
      renameSync(`${file}.tmp`, file);
    }

    const fresh = await open();
    expect(await clickADistrict(fresh.page)).toBe(district);
    // Both pages come to the same texts: the selection reaches the fresh page's widgets in a
    // background render, the new values reach the live page's.
    const same = async () =>
      JSON.stringify(await slotTexts(live.page)) === JSON.stringify(await slotTexts(fresh.page));
    await expect
      .poll(same, { timeout: 20_000 })
      .toBe(true)
      .catch(() => undefined);
    const after = await slotTexts(live.page);
    expect(after).toEqual(await slotTexts(fresh.page));
    expect(after.map).toContain('已选中');
    expect(after).not.toEqual(before);
    expect(live.problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await fresh.close();
    await live.close();
  });
});
