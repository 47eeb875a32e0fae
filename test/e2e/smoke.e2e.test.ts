import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openScreen, screenSuite, waitForScreenReady } from './harness/index.js';

// The foundation's promise: the production build, opened at the design size in a real
// Chromium, becomes ready without errors and without leaving its own origin.
describe('smoke: the production build at 1920×1080', () => {
  const suite = screenSuite();

  it('reaches data-screen-ready with no console errors, failed or foreign requests', async () => {
    const screen = await openScreen(suite.browser, suite.server.url, { width: 1920, height: 1080 });
    await waitForScreenReady(screen.page);

    const widgets = await screen.page.$$eval('[data-widget]', (nodes) =>
      nodes.map((node) => ({
        name: node.getAttribute('data-widget'),
        state: node.getAttribute('data-state'),
      })),
    );
    expect(widgets.length).toBeGreaterThan(0);
    for (const widget of widgets) expect(widget.state, widget.name ?? '').not.toBe('loading');

    mkdirSync('test/e2e/.artifacts', { recursive: true });
    await screen.page.screenshot({ path: 'test/e2e/.artifacts/smoke-1920x1080.png' });
    expect(screen.problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await screen.close();
  });

  it('loads the config validator as a chunk of its own, not in the entry script', async () => {
    // A string of the config's schema: its construction cost every start while it ran in the
    // entry script (see apps/command-screen/src/boot/load-screen.ts).
    const fromSchema = 'Share of the row width';
    const html = await (await fetch(suite.server.url)).text();
    const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
    if (!entry) throw new Error(`no module script in ${html.slice(0, 300)}`);
    const entryText = await (await fetch(new URL(entry, suite.server.url))).text();
    expect(entryText).not.toContain(fromSchema);

    const scripts: string[] = [];
    const screen = await openScreen(suite.browser, suite.server.url, {
      width: 1920,
      height: 1080,
      beforeLoad: async (page) => {
        page.on('request', (r) => {
          if (r.resourceType() === 'script') scripts.push(r.url());
        });
      },
    });
    await waitForScreenReady(screen.page);
    const texts = await Promise.all(scripts.map(async (u) => (await fetch(u)).text()));
    const holders = scripts.filter((_, i) => texts[i]?.includes(fromSchema));
    expect(holders).toHaveLength(1);
    expect(holders[0]).not.toBe(new URL(entry, suite.server.url).href);
    await screen.close();
  });
});
