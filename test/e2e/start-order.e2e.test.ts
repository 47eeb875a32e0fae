import { readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fontFilesFor, fontUse, recordCanvasText } from '../support/font-use.js';
import { openScreen, screenSuite, waitForScreenReady } from './harness/index.js';

/** Records, in `window.__firstWidgets`, each widget's state when the first widgets appear. */
const recordFirstWidgets = () => {
  const seen = new MutationObserver(() => {
    const widgets = [...document.querySelectorAll('[data-widget]')];
    if (widgets.length === 0) return;
    seen.disconnect();
    (window as unknown as { __firstWidgets: string[] }).__firstWidgets = widgets.map(
      (w) =>
        `${w.closest('[data-slot]')?.getAttribute('data-slot')}: ${w.getAttribute('data-state')}`,
    );
  });
  seen.observe(document, { subtree: true, childList: true });
};

const firstWidgets = async (page: Page) => {
  await page.waitForFunction(() => '__firstWidgets' in window);
  return page.evaluate(() => (window as unknown as { __firstWidgets: string[] }).__firstWidgets);
};

/**
 * Records, in `window.__firstWidgetsAt`, when the first widget went into the document: the moment
 * React inserts it, before the layout that follows (a MutationObserver hears of it only after).
 */
const stampFirstWidgets = `(() => {
  for (const name of ['appendChild', 'insertBefore']) {
    const original = Node.prototype[name];
    Node.prototype[name] = function (node, ...rest) {
      if (
        !('__firstWidgetsAt' in window) &&
        node instanceof Element &&
        (node.matches('[data-widget]') || node.querySelector('[data-widget]'))
      ) {
        window.__firstWidgetsAt = performance.now();
      }
      return original.call(this, node, ...rest);
    };
  }
})();`;

/** Holds the requests `pattern` matches until `release` is called. */
function hold(page: Page, pattern: RegExp) {
  const held: Route[] = [];
  const ready = page.route(pattern, (route) => {
    held.push(route);
  });
  return {
    ready,
    held,
    release: () => Promise.all(held.splice(0).map((r) => r.continue().catch(() => undefined))),
  };
}

// The start-up order (apps/command-screen/README.md): the feeds start once the config is valid,
// and the screen waits for them (at most 1.5 s) to render once, with its data.
describe('start-up order (production build, 1920×1080)', () => {
  const suite = screenSuite();

  it('renders the first widgets with their data when the feeds came while the fonts loaded', async () => {
    // Its own page, not openScreen: held fonts hold the load event openScreen waits for.
    const context = await suite.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.addInitScript(recordFirstWidgets);
    // Fonts held: the page renders at its 3 s font timeout, and the screen then waits up to
    // 1.5 s more for its feeds, which the worker has been reading since the config came.
    const fonts = hold(page, /\.woff2?$/);
    await fonts.ready;
    await page.goto(suite.server.url, { waitUntil: 'commit' });
    const states = await firstWidgets(page);
    expect(states.length).toBeGreaterThan(20);
    // Every widget has its data, the coverage too: it was counted as soon as the stations came.
    expect(states.filter((s) => s.endsWith(': loading'))).toEqual([]);
    expect(states).toContain('fire-coverage: ready');
    await fonts.release();
    await waitForScreenReady(page);
    await context.close();
  });

  it('asks for the font slices of the first screen before its first layout, and for none it does not show', async () => {
    const screen = await openScreen(suite.browser, suite.server.url, {
      width: 1920,
      height: 1080,
      beforeLoad: async (page) => {
        await page.addInitScript({ content: stampFirstWidgets });
        await page.addInitScript({ content: recordCanvasText });
      },
    });
    const { page } = screen;
    await waitForScreenReady(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const firstAt = await page.evaluate(
      () => (window as unknown as { __firstWidgetsAt: number }).__firstWidgetsAt,
    );
    const requested = new Map(
      await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => /\.woff2?$/.test(e.name))
          .map((e) => [e.name, e.startTime] as [string, number]),
      ),
    );
    // The words the config and boundaries name: the panel titles (bold headings) and the
    // district names the map labels (regular). Their slices were asked for while the feeds
    // loaded, before the first widgets were laid out (a chart drawing them waits for none).
    const config = JSON.parse(
      readFileSync(new URL('../../data/screens/default.json', import.meta.url), 'utf8'),
    ) as {
      panels: { title?: { 'zh-CN': string } }[];
    };
    const titles = config.panels.map((p) => p.title?.['zh-CN'] ?? '').join('');
    const names = ['hangzhou', 'jiaxing']
      .flatMap(
        (city) =>
          (
            JSON.parse(
              readFileSync(new URL(`../../data/geo/${city}.geojson`, import.meta.url), 'utf8'),
            ) as {
              features: { properties: { name: string } }[];
            }
          ).features,
      )
      .map((f) => f.properties.name)
      .join('');
    const early = [
      ...(await fontFilesFor(page, 'Noto Sans SC', 700, titles)),
      ...(await fontFilesFor(page, 'Noto Sans SC', 400, names)),
    ];
    expect(early.length).toBeGreaterThan(10);
    const late = early.filter((url) => !((requested.get(url) ?? Infinity) < firstAt));
    expect(late).toEqual([]);
    // And no file was loaded for a glyph the screen does not show in that file's weight.
    const use = await fontUse(page, [...requested.keys()]);
    expect(use.loaded.length).toBeGreaterThan(10);
    expect(use.unused).toEqual([]);
    await screen.close();
  });

  it('shows the screen without a feed that has not come after the wait', async () => {
    let hotline: ReturnType<typeof hold> | undefined;
    const screen = await openScreen(suite.browser, suite.server.url, {
      width: 1920,
      height: 1080,
      beforeLoad: async (page) => {
        await page.addInitScript(recordFirstWidgets);
        hotline = hold(page, /\/feeds\/hotline\.json/);
        await hotline.ready;
      },
    });
    // The hotline never answers while the screen starts: the screen shows all the same, after
    // its wait, with the hotline's widgets loading.
    const states = await firstWidgets(screen.page);
    expect(hotline?.held.length).toBeGreaterThan(0);
    expect(states).toContain('hl-latest: loading');
    await hotline?.release();
    await waitForScreenReady(screen.page);
    await screen.close();
  });
});
