import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../e2e/harness/browser.js';
import { recordCanvasText } from '../../support/font-use.js';
import { recordRedraws } from './redraws.js';

/** Debian's Chromium with the e2e suite's flags: nothing reaches out on its own. */
export const launch = launchChromium;

/**
 * What the page records for the bench, installed before any script of the page runs: when
 * `data-screen-ready` (or the peer's `data-chart-finished`) appeared, long tasks, and, once
 * started, the time of every animation frame. Plain text, so the bench's compiler adds nothing
 * (helpers it injects into functions do not exist in the page).
 */
const instrument = `(() => {
  const bench = {
    readyAt: null,
    longTasks: [],
    longFrames: [],
    frames: [],
    framing: false,
    startFrames() {
      bench.frames = [];
      bench.framing = true;
      const loop = (t) => {
        if (!bench.framing) return;
        bench.frames.push(t);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    stopFrames() {
      bench.framing = false;
      return bench.frames;
    },
  };
  window.__bench = bench;

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // Long animation frames name the scripts that ran in them (wall time, as the long tasks).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const scripts = e.scripts
        .slice()
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 3)
        .map((s) => s.invoker + ' ' + (s.sourceFunctionName || '?') + ' ' + Math.round(s.duration) + ' ms');
      const render = e.renderStart ? Math.round(e.startTime + e.duration - e.renderStart) : 0;
      bench.longFrames.push([e.startTime, e.duration, scripts.concat('rendering ' + render + ' ms').join('; ')]);
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  new MutationObserver(() => {
    const d = document.documentElement.dataset;
    if (bench.readyAt === null && (d.screenReady === 'true' || d.chartFinished === 'true')) {
      bench.readyAt = performance.now();
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-screen-ready', 'data-chart-finished'],
  });
})();`;

/** A page in a fresh context at the given size, instrumented, with a CDP session. */
export interface BenchPage {
  page: Page;
  cdp: CDPSession;
  context: BrowserContext;
  /** Console errors and failed requests seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/** Open a fresh context (no cache, no cookies) at width × height and instrument it. */
export async function openPage(
  browser: Browser,
  width: number,
  height: number,
  options: { canvasText?: boolean; redraws?: boolean } = {},
): Promise<BenchPage> {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    timezoneId: 'Asia/Shanghai',
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // Streams and polls still open when the bench closes the page end as aborted.
    const error = r.failure()?.errorText ?? 'failed';
    if (error !== 'net::ERR_ABORTED') problems.push(`${r.url()} ${error}`);
  });
  await page.addInitScript({ content: instrument });
  if (options.canvasText) await page.addInitScript({ content: recordCanvasText });
  if (options.redraws) await page.addInitScript({ content: recordRedraws });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, cdp, context, problems, close: () => context.close() };
}

/** Wait until the screen (or the peer page) says it is ready; returns performance.now() then. */
export async function readyAt(page: Page, timeout = 60_000): Promise<number> {
  await page.waitForFunction(
    () => (window as unknown as { __bench: { readyAt: number | null } }).__bench.readyAt !== null,
    null,
    { timeout, polling: 50 },
  );
  return page.evaluate(
    () => (window as unknown as { __bench: { readyAt: number } }).__bench.readyAt,
  );
}

/** Main-thread task time of the renderer so far, in ms (CDP Performance.getMetrics TaskDuration). */
export async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
}
