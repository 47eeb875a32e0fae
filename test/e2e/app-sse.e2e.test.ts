import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copySampleFeeds,
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
});
