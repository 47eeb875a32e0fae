import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedVariants } from '../support/feed-variants.js';
import {
  copySampleFeeds,
  launchChromium,
  openScreen,
  type RunningServer,
  startServer,
  waitForScreenReady,
} from './harness/index.js';

// A wall runs for days. This runs the production screen at a pace far above the default (every
// feed pushed over Server-Sent Events with new numbers every 2 s, the carousel turning every
// 3 s) and checks that the DOM, the event listeners and the collected heap end where they
// started. A leak per update or per carousel turn shows here within a minute; in a command room
// it kills the tab overnight. `pnpm test` runs the short variant (60 s); SOAK_SECONDS runs longer.

const soakSeconds = Number(process.env.SOAK_SECONDS ?? 60);
/** Views of the default screen's carousel. */
const views = (
  JSON.parse(readFileSync(new URL('../../data/screens/default.json', import.meta.url), 'utf8')) as {
    panels: { views?: unknown[] }[];
  }
).panels.reduce((n, p) => n + (p.views?.length ?? 0), 0);
const periodSeconds = 3;
const changeMs = 2000;
const FEEDS = ['petitions', 'hotline', 'fire', 'antifraud', 'grassroots'];

/** Serve the default config with every feed pushed over SSE, the carousel at a soak pace. */
async function speedUp(page: Page): Promise<void> {
  await page.route('**/screens/default.json', async (route) => {
    const config = (await (await route.fetch()).json()) as {
      feeds: Record<
        string,
        { url: string; sse?: string; refreshSeconds: number; staleSeconds: number }
      >;
      carousel: { periodSeconds: number };
    };
    for (const feed of Object.values(config.feeds)) {
      feed.sse = feed.url;
      feed.refreshSeconds = 5;
      feed.staleSeconds = 600;
    }
    config.carousel.periodSeconds = periodSeconds;
    await route.fulfill({ json: config });
  });
}

/**
 * Rewrite every feed file with its numbers moved (±10 %, always valid) every 2 s, as a
 * producer would (a temp file, then a rename); the server pushes each change to the screen.
 */
function churnFeeds(dir: string): () => void {
  const variants = FEEDS.map((f, i) => ({
    file: join(dir, `${f}.json`),
    texts: feedVariants(readFileSync(join(dir, `${f}.json`), 'utf8'), 3, i + 1),
  }));
  let round = 0;
  const timer = setInterval(() => {
    round += 1;
    for (const v of variants) {
      writeFileSync(`${v.file}.tmp`, v.texts[round % v.texts.length] as string);
      renameSync(`${v.file}.tmp`, v.file);
    }
  }, changeMs);
  return () => clearInterval(timer);
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
  let feeds: string;
  let stopChurn: (() => void) | undefined;

  beforeAll(async () => {
    feeds = copySampleFeeds();
    server = await startServer({ feeds });
    browser = await launchChromium();
  });
  afterAll(async () => {
    stopChurn?.();
    await browser?.close();
    await server?.close();
    rmSync(feeds, { recursive: true, force: true });
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
      stopChurn = churnFeeds(feeds);
      // The figures the cards show, to check the pushed numbers really reach the screen.
      const figures = () =>
        screen.page.$$eval('.os-kpi__number[data-value]', (nodes) =>
          nodes.map((n) => n.getAttribute('data-value')).join(' '),
        );
      const before = await figures();
      const cdp = await screen.page.context().newCDPSession(screen.page);
      await cdp.send('Performance.enable');

      // One full turn first, so every view and lazily built chart exists before the baseline.
      await screen.page.waitForTimeout(views * periodSeconds * 1000);
      // Then a sample at view 0 of every turn. What is on screen varies from turn to turn (rows
      // of the latest cases, alerts raised and cleared as the churned numbers cross their
      // thresholds), so compare the middle sample of each half: a leak lifts every later
      // sample, and so the middle one, where one turn that happens to show less does not.
      const samples: Sample[] = [];
      const end = Date.now() + soakSeconds * 1000;
      while (Date.now() < end || samples.length < 4) {
        await atFirstView(screen.page);
        samples.push(await sample(cdp, screen.page));
      }
      const half = Math.floor(samples.length / 2);
      /** The middle value (the upper one of an even count) of a half's samples. */
      const middle = (list: Sample[], key: keyof Sample) =>
        list.map((x) => x[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)] as number;
      const early = samples.slice(0, half);
      const late = samples.slice(half);
      console.log(JSON.stringify({ soakSeconds, samples }));

      expect(await figures()).not.toBe(before);
      const states = await screen.page.$$eval('[data-widget]', (nodes) =>
        nodes.map((n) => n.getAttribute('data-state')),
      );
      expect(states.filter((s) => s !== 'ready')).toEqual([]);
      expect(middle(late, 'nodes')).toBeLessThanOrEqual(middle(early, 'nodes') * 1.02 + 20);
      expect(middle(late, 'listeners')).toBeLessThanOrEqual(middle(early, 'listeners') * 1.02 + 10);
      expect(middle(late, 'heapMB') - middle(early, 'heapMB')).toBeLessThan(8);
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
