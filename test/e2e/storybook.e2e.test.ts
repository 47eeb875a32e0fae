import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { widgetNames } from '@onescreen/fixtures/widget-names';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openScreen, type RunningServer } from './harness/index.js';
import { serveFolder } from './harness/static-server.js';

// The built Storybook is what designers open, and the class of fault that only a production
// bundle shows (a CJS default import handed over whole, React error #130) shows only here.
const staticDir = fileURLToPath(new URL('../../stories/storybook-static/', import.meta.url));

/**
 * Widgets a portal cannot mount (packages/embed/src/widgets.ts leaves them out): their Docs page
 * says why instead of showing an `<onescreen-widget>` snippet.
 */
const notEmbeddable = new Set(['Carousel', 'AlertList']);

const states = ['loading', 'empty', 'error', 'stale', 'ready'];

/** Story ids end in the state they show ('error-state' is the error story); others are ready. */
function expectedState(id: string): string {
  const suffix = id.slice(id.lastIndexOf('--') + 2);
  if (suffix === 'error-state' || suffix === 'config-fault') return 'error';
  return states.includes(suffix) ? suffix : 'ready';
}

/** An entry of the built index.json. */
interface IndexEntry {
  type: 'story' | 'docs';
  title: string;
  importPath: string;
}

/** The token pages a designer opens, by the start of their sidebar title. */
const tokenPages = [
  'Design tokens/Colours',
  'Design tokens/Levels',
  'Design tokens/Typography',
  'Design tokens/Spacing',
];

/** The text of the Docs page at `id` once `ready` holds in it, or null on timeout. */
async function openDocs(
  page: Page,
  base: string,
  id: string,
  ready: string,
): Promise<string | null> {
  await page.goto(`${base}iframe.html?id=${encodeURIComponent(id)}&viewMode=docs`);
  return page
    .waitForFunction(ready, undefined, { timeout: 30_000 })
    .then(() => page.evaluate(() => document.querySelector('#storybook-docs')?.textContent ?? ''))
    .catch(() => null);
}

describe('the built Storybook', () => {
  let server: RunningServer;
  let browser: Browser;
  let storyIds: string[] = [];
  let entries: [string, IndexEntry][] = [];

  beforeAll(async () => {
    server = await serveFolder(staticDir);
    browser = await launchChromium();
    const index = JSON.parse(readFileSync(`${staticDir}index.json`, 'utf8')) as {
      entries: Record<string, IndexEntry>;
    };
    entries = Object.entries(index.entries);
    storyIds = entries.filter(([, entry]) => entry.type === 'story').map(([id]) => id);
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

  it("renders a screen config in the playground with the app's renderer and the sample feeds", async () => {
    const screen = await openScreen(browser, `${server.url}iframe.html`, {
      width: 1920,
      height: 1080,
    });
    for (const id of ['screens-playground--default', 'screens-playground--own-data']) {
      await screen.page.goto(`${server.url}iframe.html?id=${id}&viewMode=story`);
      await screen.page.waitForFunction(
        () => document.documentElement.dataset.screenReady === 'true',
        null,
        {
          timeout: 30_000,
        },
      );
      const states = await screen.page.$$eval('[data-slot] [data-widget]', (els) =>
        els.map((e) => e.getAttribute('data-state')),
      );
      expect(states.length, id).toBeGreaterThan(8);
      expect(
        states.filter((s) => s !== 'ready'),
        id,
      ).toEqual([]);
    }
    await screen.close();
  });

  it('has a Docs page for every widget and the token pages', () => {
    const docs = entries.filter(([, e]) => e.type === 'docs').map(([, e]) => e.title);
    for (const name of widgetNames) {
      expect(
        docs.filter((title) => title.endsWith(`/${name}`)),
        name,
      ).toHaveLength(1);
    }
    for (const page of tokenPages) {
      expect(
        docs.filter((title) => title.startsWith(page)),
        page,
      ).toHaveLength(1);
    }
  });

  it('renders every widget Docs page: each state, the props table and the three usages', async () => {
    const screen = await openScreen(browser, `${server.url}iframe.html`, {
      width: 1280,
      height: 900,
    });
    const wrong: string[] = [];
    for (const name of widgetNames) {
      const [id, entry] =
        entries.find(([, e]) => e.type === 'docs' && e.title.endsWith(`/${name}`)) ?? [];
      if (!id || !entry) continue;
      const stories = entries.filter(
        ([, e]) => e.type === 'story' && e.importPath === entry.importPath,
      );
      // Every story of the file is drawn on the page (states side by side, then the usage example).
      const text = await openDocs(
        screen.page,
        server.url,
        id,
        `document.querySelectorAll('#storybook-docs [data-widget="${name}"][data-state]').length >= ${stories.length}`,
      );
      if (text === null) {
        wrong.push(`${name}: fewer than ${stories.length} ${name} roots on its Docs page`);
        continue;
      }
      const expected = [
        'Do and don',
        'States',
        'Props',
        `export function ${name}Example()`,
        'Screen config',
        name === 'Carousel' ? '"views"' : `"type": "${name}"`,
        notEmbeddable.has(name) ? `${name} 不能嵌入` : `type="${name}"`,
      ];
      for (const part of expected) if (!text.includes(part)) wrong.push(`${name}: no "${part}"`);
    }
    expect(wrong).toEqual([]);
    const failed = screen.problems.failedRequests.filter((l) => !l.endsWith('(net::ERR_ABORTED)'));
    expect({ ...screen.problems, failedRequests: failed }).toEqual({
      consoleErrors: [],
      failedRequests: [],
      foreignRequests: [],
    });
    await screen.close();
  });

  it('renders the token pages from the theme source, with contrast for every colour', async () => {
    const css = readFileSync(
      fileURLToPath(new URL('../../packages/widgets/src/styles.css', import.meta.url)),
      'utf8',
    );
    // Every colour variable of styles.css (hex values), each theme: what the pages must list.
    const colourVariables = [
      ...new Set([...css.matchAll(/(--os-[\w-]+):\s*#[0-9a-f]{6}/gi)].map((m) => m[1])),
    ];
    const screen = await openScreen(browser, `${server.url}iframe.html`, {
      width: 1280,
      height: 900,
    });
    const rows: string[] = [];
    for (const page of ['Design tokens/Colours', 'Design tokens/Levels']) {
      const [id] = entries.find(([, e]) => e.type === 'docs' && e.title.startsWith(page)) ?? [];
      expect(id, page).toBeDefined();
      const text = await openDocs(
        screen.page,
        server.url,
        id as string,
        `document.querySelectorAll('[data-token][data-contrast]').length > 0`,
      );
      expect(text, page).not.toBeNull();
      const found = await screen.page.evaluate(() => ({
        rows: [...document.querySelectorAll('[data-theme-table] [data-token]')].map(
          (row) =>
            `${row.closest('[data-theme-table]')?.getAttribute('data-theme-table')} ${row.getAttribute('data-token')} ${row.getAttribute('data-contrast')}`,
        ),
        drift: document.querySelectorAll('[data-drift]').length,
      }));
      expect(found.drift, `${page}: tokens.ts and styles.css disagree`).toBe(0);
      rows.push(...found.rows);
    }
    for (const theme of ['dark', 'light']) {
      for (const variable of colourVariables) {
        const row = rows.find((r) => r.startsWith(`${theme} ${variable} `));
        expect(row, `${theme} ${variable}`).toBeDefined();
        expect(Number(row?.split(' ')[2]), `${theme} ${variable} contrast`).toBeGreaterThanOrEqual(
          1,
        );
      }
    }
    for (const [page, selector] of [
      ['Design tokens/Typography', '[data-font-size="48px"]'],
      ['Design tokens/Spacing', '[data-decor="light"] .os-panel'],
    ] as const) {
      const [id] = entries.find(([, e]) => e.type === 'docs' && e.title.startsWith(page)) ?? [];
      const text = await openDocs(
        screen.page,
        server.url,
        id as string,
        `document.querySelector('${selector}') !== null`,
      );
      expect(text, page).not.toBeNull();
    }
    expect(screen.problems.consoleErrors).toEqual([]);
    expect(screen.problems.foreignRequests).toEqual([]);
    await screen.close();
  });
});
