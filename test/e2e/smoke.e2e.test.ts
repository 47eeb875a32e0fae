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
});
