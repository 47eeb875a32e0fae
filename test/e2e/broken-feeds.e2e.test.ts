import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openScreen, screenSuite, waitForScreenReady } from './harness/index.js';

// Every sample feed served with broken numbers (negative, huge, null, numbers as text, NaN
// text) or emptied tables: every widget settles (never loading for ever), records dropped are
// said on the widgets and in the header, and nothing crashes or runs a script.

const feeds = ['petitions', 'hotline', 'fire', 'antifraud', 'grassroots'];
const sample = (kind: string) =>
  JSON.parse(readFileSync(new URL(`../../data/feeds/${kind}.json`, import.meta.url), 'utf8')) as {
    data: Record<string, Record<string, unknown>[]>;
  };

type Breaker = (n: number) => unknown;
const classes: [string, Breaker][] = [
  ['negative', (n) => -n - 1],
  ['huge', () => 1e300],
  ['null', () => null],
  ['numbers as text', (n) => String(n)],
  ['NaN text', () => 'NaN'],
];

/** The feed with every number of every second record (or of every record) broken. */
function broken(kind: string, breaker: Breaker, every: 1 | 2): string {
  const doc = sample(kind);
  for (const rows of Object.values(doc.data)) {
    rows.forEach((row, i) => {
      if (i % every !== 0) return;
      for (const [k, v] of Object.entries(row)) if (typeof v === 'number') row[k] = breaker(v);
    });
  }
  return JSON.stringify(doc);
}

function emptied(kind: string): string {
  const doc = sample(kind);
  for (const key of Object.keys(doc.data)) doc.data[key] = [];
  return JSON.stringify(doc);
}

async function serveFeeds(page: Page, body: (kind: string) => string) {
  for (const kind of feeds) {
    await page.route(`**/feeds/${kind}.json`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: body(kind) }),
    );
  }
}

function states(page: Page) {
  return page.$$eval('[data-slot]', (slots) =>
    slots.map((s) => {
      const root = s.querySelector('[data-widget]');
      return {
        id: s.getAttribute('data-slot'),
        state: root?.getAttribute('data-state') ?? 'missing',
        dropped: root?.getAttribute('data-dropped') ?? null,
      };
    }),
  );
}

describe('broken sample feeds', () => {
  const suite = screenSuite();

  async function load(body: (kind: string) => string) {
    const screen = await openScreen(suite.browser, suite.server.url, {
      width: 1920,
      height: 1080,
      beforeLoad: (page) => serveFeeds(page, body),
    });
    // Every widget settles within a bound: the screen says so on <html>.
    await waitForScreenReady(screen.page, 30_000);
    return screen;
  }

  it.each(classes)(
    '%s in every second record: widgets settle and say how many were dropped',
    async (_name, breaker) => {
      const { page, problems, close } = await load((kind) => broken(kind, breaker, 2));
      const all = await states(page);
      expect(all.filter((w) => w.state === 'loading' || w.state === 'missing')).toEqual([]);
      if (breaker(1) !== 1e300) {
        // A dropped half shows on the widgets of the feeds that lost records…
        expect(all.filter((w) => w.dropped !== null).length).toBeGreaterThan(5);
        // …and turns their header dots amber (more than the default half would be red).
        const dots = await page.$$eval('[data-feed]', (els) =>
          els.map((e) => e.getAttribute('data-feed-state')),
        );
        expect(dots.some((d) => d === 'degraded' || d === 'error')).toBe(true);
      }
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
      expect(problems.consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
      await close();
    },
  );

  it('every record unreadable: the feeds are refused and every widget settles, none loading', async () => {
    const { page, close } = await load((kind) => {
      const doc = sample(kind);
      for (const key of Object.keys(doc.data))
        doc.data[key] = (doc.data[key] ?? []).map(() => ({ n: 'NaN' }));
      return JSON.stringify(doc);
    });
    const all = await states(page);
    expect(all.filter((w) => w.state === 'loading' || w.state === 'missing')).toEqual([]);
    // The coverage KPI waits on the stations; without any it settles too.
    expect(all.find((w) => w.id === 'fire-coverage')?.state).toMatch(/^(empty|error)$/);
    const dots = await page.$$eval('[data-feed]', (els) =>
      els.map((e) => e.getAttribute('data-feed-state')),
    );
    expect(dots).toEqual(feeds.map(() => 'error'));
    await close();
  });

  it('emptied tables: every widget settles, empty or ready, and no KPI shows a unit without a number', async () => {
    const { page, close } = await load(emptied);
    const all = await states(page);
    expect(all.filter((w) => w.state === 'loading' || w.state === 'missing')).toEqual([]);
    const kpis = await page.$$eval('[data-widget="KpiCard"]', (els) =>
      els.map((e) => ({
        unit: e.querySelector('.os-kpi__unit')?.textContent ?? '',
        value: e.querySelector('.os-kpi__number')?.textContent ?? '',
      })),
    );
    for (const k of kpis) if (k.unit.trim() !== '') expect(k.value).toMatch(/\d/);
    await close();
  });
});
