import { describe, expect, it } from 'vitest';
import { holdStill, openScreen, screenSuite, waitForScreenReady } from './harness/index.js';

// Feeds are fetched and parsed in a worker. Where the worker cannot run (its script blocked by
// a proxy, a broken deployment), the screen reads its feeds on the page instead: never blank.
describe('the feed worker (production build)', () => {
  const suite = screenSuite();

  const figures = (screen: Awaited<ReturnType<typeof openScreen>>) =>
    screen.page.$$eval('.os-kpi__number[data-value]', (nodes) =>
      nodes.map((n) => n.getAttribute('data-value')),
    );

  it('reads the feeds in the worker', async () => {
    const screen = await openScreen(suite.browser, suite.server.url, { width: 1920, height: 1080 });
    await waitForScreenReady(screen.page);
    expect(screen.page.workers().some((w) => w.url().includes('feed.worker'))).toBe(true);
    expect((await figures(screen)).length).toBeGreaterThan(5);
    expect(screen.problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await screen.close();
  });

  it('reads the feeds on the page when the worker script does not load, with the same figures', async () => {
    // Both pages stand at the same moment, so the carousel shows the same view (and the same
    // KPI cards) on each, whenever each happens to open.
    const normal = await openScreen(suite.browser, suite.server.url, {
      width: 1920,
      height: 1080,
      beforeLoad: (page) => holdStill(page),
    });
    await waitForScreenReady(normal.page);
    const expected = await figures(normal);
    await normal.close();

    const warnings: string[] = [];
    const screen = await openScreen(suite.browser, suite.server.url, {
      width: 1920,
      height: 1080,
      beforeLoad: async (page) => {
        await holdStill(page);
        page.on('console', (m) => {
          if (m.type() === 'warning') warnings.push(m.text());
        });
        await page.route('**/feed.worker-*.js', (route) => route.fulfill({ status: 404 }));
      },
    });
    await waitForScreenReady(screen.page);
    await expect.poll(() => figures(screen)).toEqual(expected);
    expect(warnings.join('\n')).toContain('feed worker failed');
    const states = await screen.page.$$eval('[data-widget]', (nodes) =>
      nodes.map((n) => n.getAttribute('data-state')),
    );
    expect(states.filter((s) => s !== 'ready')).toEqual([]);
    // Only the blocked worker script failed.
    expect(screen.problems.failedRequests.every((r) => r.includes('feed.worker'))).toBe(true);
    await screen.close();
  });
});
