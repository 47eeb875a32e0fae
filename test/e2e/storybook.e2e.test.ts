import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openScreen, type RunningServer } from './harness/index.js';
import { serveFolder } from './harness/static-server.js';

// The built Storybook is what designers open, and the class of fault that only a production
// bundle shows (a CJS default import handed over whole, React error #130) shows only here.
const staticDir = fileURLToPath(new URL('../../stories/storybook-static/', import.meta.url));

/** Story ids end in the state they show; 'error-state' is the error story. */
function expectedState(id: string): string {
  const suffix = id.slice(id.lastIndexOf('--') + 2);
  return suffix === 'error-state' ? 'error' : suffix;
}

describe('the built Storybook', () => {
  let server: RunningServer;
  let browser: Browser;
  let storyIds: string[] = [];

  beforeAll(async () => {
    server = await serveFolder(staticDir);
    browser = await launchChromium();
    const index = JSON.parse(readFileSync(`${staticDir}index.json`, 'utf8')) as {
      entries: Record<string, { type: string }>;
    };
    storyIds = Object.entries(index.entries)
      .filter(([, entry]) => entry.type === 'story')
      .map(([id]) => id);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders every story in its named state, offline and without errors', async () => {
    expect(storyIds.length).toBeGreaterThanOrEqual(50);
    const screen = await openScreen(browser, `${server.url}iframe.html`, {
      width: 1920,
      height: 1080,
    });
    const wrong: string[] = [];
    for (const id of storyIds) {
      await screen.page.goto(`${server.url}iframe.html?id=${id}&viewMode=story`);
      const want = expectedState(id);
      const state = await screen.page
        .waitForFunction(
          (expected) => {
            const roots = [...document.querySelectorAll('#storybook-root [data-widget]')];
            if (roots.length === 0) return false;
            const states = roots.map((root) => root.getAttribute('data-state'));
            return states.includes(expected) || states.every((s) => s === 'ready') ? states : false;
          },
          want,
          { timeout: 15_000 },
        )
        .then((handle) => handle.jsonValue() as Promise<string[]>)
        .catch(() => null);
      if (!state || (want !== 'ready' && !state.includes(want))) {
        wrong.push(`${id}: expected ${want}, saw ${JSON.stringify(state)}`);
      }
    }
    expect(wrong).toEqual([]);
    // Moving to the next story cancels the previous one's font slices; that is not a fault.
    const failed = screen.problems.failedRequests.filter(
      (line) => !line.endsWith('(net::ERR_ABORTED)'),
    );
    expect({ ...screen.problems, failedRequests: failed }).toEqual({
      consoleErrors: [],
      failedRequests: [],
      foreignRequests: [],
    });
    await screen.close();
  });
});
