import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  openScreen,
  type RunningServer,
  startServer,
  waitForScreenReady,
} from './harness/index.js';

// A wall runs for days. This runs the production screen at a pace far above the default (every
// feed re-served with new content every 5 s, the carousel turning every 3 s) and checks that the
// DOM, the event listeners and the collected heap end where they started. A leak per refresh
// or per carousel turn shows here within a minute; in a command room it kills the tab overnight.

const soakSeconds = Number(process.env.SOAK_SECONDS ?? 60);
const views = 4;
const periodSeconds = 3;

/** Serve the default config at a soak pace, and every feed as a fresh document each time. */
async function speedUp(page: Page): Promise<void> {
  await page.route('**/screens/default.json', async (route) => {
    const config = (await (await route.fetch()).json()) as {
      feeds: Record<string, { refreshSeconds: number; staleSeconds: number }>;
      carousel: { periodSeconds: number };
    };
    for (const feed of Object.values(config.feeds)) {
      feed.refreshSeconds = 5;
      feed.staleSeconds = 600;
    }
    config.carousel.periodSeconds = periodSeconds;
    await route.fulfill({ json: config });
  });
  let served = 0;
  await page.route('**/feeds/*.json', async (route) => {
    const feed = (await (await route.fetch()).json()) as { asOf: string };
    // A new asOf every time: no 304, a full parse, a new value through the store and widgets.
    served += 1;
    const asOf = new Date(Date.parse(feed.asOf) - served * 1000);
    feed.asOf = asOf.toISOString().replace('Z', '+00:00');
    await route.fulfill({ json: feed, headers: { 'cache-control': 'no-store' } });
  });
}

interface Sample {
  nodes: number;
  attached: number;
  listeners: number;
  heapMB: number;
}

/** Collect garbage, then read the counters Chromium keeps for the page. */
async function sample(cdp: CDPSession, page: Page): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  const attached = await page.evaluate(() => document.getElementsByTagName('*').length);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    nodes: metric('Nodes'),
    attached,
    listeners: metric('JSEventListeners'),
    heapMB: metric('JSHeapUsedSize') / 2 ** 20,
  };
}

/** Wait until the carousel shows view 0 again, so both samples see the same widgets. */
async function atFirstView(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('.os-carousel')?.getAttribute('data-index') === '0',
    null,
    { timeout: views * periodSeconds * 1000 + 5000, polling: 100 },
  );
  await page.waitForTimeout(1200);
}

describe('soak: the screen under fast refresh and rotation', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    `keeps DOM nodes, listeners and heap flat over ${soakSeconds} s`,
    async () => {
      const screen = await openScreen(browser, server.url, {
        width: 1920,
        height: 1080,
        beforeLoad: speedUp,
      });
      await waitForScreenReady(screen.page);
      const cdp = await screen.page.context().newCDPSession(screen.page);
      await cdp.send('Performance.enable');

      // One full turn first, so every view and lazily built chart exists before the baseline.
      await screen.page.waitForTimeout(views * periodSeconds * 1000);
      // Then a sample at view 0 of every turn. What is on screen varies a little from turn to
      // turn (rows of the latest cases, tooltips), so compare floors: a leak lifts the floor.
      const samples: Sample[] = [];
      const end = Date.now() + soakSeconds * 1000;
      while (Date.now() < end || samples.length < 4) {
        await atFirstView(screen.page);
        samples.push(await sample(cdp, screen.page));
      }
      const half = Math.floor(samples.length / 2);
      const floor = (list: Sample[], key: keyof Sample) => Math.min(...list.map((x) => x[key]));
      const early = samples.slice(0, half);
      const late = samples.slice(half);
      console.log(JSON.stringify({ soakSeconds, samples }));

      const states = await screen.page.$$eval('[data-widget]', (nodes) =>
        nodes.map((n) => n.getAttribute('data-state')),
      );
      expect(states.filter((s) => s !== 'ready')).toEqual([]);
      expect(floor(late, 'nodes')).toBeLessThanOrEqual(floor(early, 'nodes') * 1.02 + 20);
      expect(floor(late, 'listeners')).toBeLessThanOrEqual(floor(early, 'listeners') * 1.02 + 10);
      expect(floor(late, 'heapMB') - floor(early, 'heapMB')).toBeLessThan(8);
      expect(screen.problems).toEqual({
        consoleErrors: [],
        failedRequests: [],
        foreignRequests: [],
      });
      await screen.close();
    },
    (soakSeconds + 90) * 1000,
  );
});
