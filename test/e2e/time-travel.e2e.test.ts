import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  carouselTime,
  openScreen,
  screenSuite,
  settledSlots,
  slotText,
  waitForScreenReady,
} from './harness/index.js';

// Time travel on the production build: ?period= changes the figures and html[data-period],
// every chart names the period it shows, playback steps the whole screen month by month (the
// map recolours), the keyboard plays, pauses and steps, and kiosk mode plays only a looping
// playback, in step on every tile of a wall.

const defaultConfig = JSON.parse(
  readFileSync(new URL('../../data/screens/default.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
type Views = { rows: { widgets: { id: string }[] }[] }[];
/** The default carousel's views, and the one holding the fraud-type ranking. */
const views = (defaultConfig.panels as { views?: Views }[]).find((p) => p.views)?.views ?? [];
const typesView = views.findIndex((v) =>
  v.rows.some((r) => r.widgets.some((w) => w.id === 'af-types')),
);

/** The map's hidden data table: one "name value class" line per area shown. */
const mapTable = (page: Page) =>
  page.$$eval('.cs-map table tbody tr', (rows) =>
    rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
  );

/**
 * The map's colours as drawn (a picture of its fill layer, which lies under the chart's canvas
 * of outlines, names and markers), once two reads a moment apart agree (the recolour has ended).
 */
async function mapPixels(page: Page): Promise<string> {
  const read = async () =>
    (await page.locator('.cs-map .os-map-fills').first().screenshot()).toString('base64');
  let before = await read();
  const end = Date.now() + 15_000;
  for (;;) {
    await page.waitForTimeout(250);
    const again = await read();
    if (again === before) return again;
    if (Date.now() > end) throw new Error('the map was still changing after 15 s');
    before = again;
  }
}

const period = (page: Page) => page.getAttribute('html', 'data-period');

describe('time travel (production build)', () => {
  const suite = screenSuite();

  it('?period=2021 and ?period=2022-06 change the figures and html[data-period]; each widget names its period', async () => {
    const ids = ['kpi-hotline-cases', 'kpi-dissuaded', 'af-intercepted', 'af-cases-change'];
    const seen: Record<string, { texts: string[]; table: string[] }> = {};
    for (const p of ['2022', '2021', '2022-06']) {
      const { page, problems, close } = await openScreen(suite.browser, suite.server.url, {
        width: 1920,
        height: 1080,
        query: p === '2022' ? '' : `period=${p}`,
        // The fraud-type ranking is a carousel view: stop the wall clock on that view.
        beforeLoad: (page) => page.clock.setFixedTime(carouselTime(typesView, views.length)),
      });
      await waitForScreenReady(page);
      expect(await period(page)).toBe(p);
      const texts = await settledSlots(page, ids);
      seen[p] = { texts, table: await mapTable(page) };
      const label = { '2022': '2022年', '2021': '2021年', '2022-06': '2022年6月' }[p] as string;
      // The header's control shows the period; the map and the charts that follow it name it.
      expect(await page.locator('.cs-period__label').innerText()).toBe(label);
      expect(await slotText(page, 'map')).toContain(label);
      expect(await slotText(page, 'kpi-hotline-cases')).toContain(label);
      expect(await slotText(page, 'hl-lights')).toContain(label);
      expect(await slotText(page, 'hl-stages')).toContain(label);
      // Rankings of yearly records name the year they hold, even for a month.
      expect(await slotText(page, 'af-types')).toContain(p.slice(0, 4));
      // A monthly trend shows the year of the screen's month, and says so.
      expect(await slotText(page, 'af-trend')).toContain(`${p.slice(0, 4)}年`);
      // Figures pinned to a published year keep naming it whatever the screen shows.
      expect(await slotText(page, 'pet-received-change')).toContain('2021年');
      expect(await slotText(page, 'pet-trend')).toContain('2021年');
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      await close();
    }
    const [y2022, y2021, june] = [seen['2022'], seen['2021'], seen['2022-06']];
    // 2022's 3,579 cases handled online; none in 2021 (the hotline's cases are all 2022).
    expect(y2022?.texts[0]).toContain('3,579');
    expect(y2021?.texts[0]).not.toContain('3,579');
    expect(june?.texts[0]).not.toEqual(y2022?.texts[0]);
    // June 2022 holds the single 1,250,000-yuan call among 萧山's interceptions.
    expect(june?.texts[2]).not.toEqual(y2022?.texts[2]);
    // The map recolours for each period: its values differ.
    expect(y2021?.table).not.toEqual(y2022?.table);
    expect(june?.table).not.toEqual(y2022?.table);
    expect(y2022?.table.length).toBeGreaterThan(10);
  }, 120_000);

  it('plays month by month from the keyboard: a step recolours the map; pause and step with the arrows', async () => {
    const { page, problems, close } = await openScreen(suite.browser, suite.server.url, {
      width: 1920,
      height: 1080,
      query: 'period=2022-01',
      // An alert's pulse on the map never stops moving; reduced motion draws it as a still ring,
      // so the canvas settles between steps and the recolour can be compared.
      beforeLoad: (p) => p.emulateMedia({ reducedMotion: 'reduce' }),
    });
    await waitForScreenReady(page);
    const pixels = await mapPixels(page);
    const table = await mapTable(page);
    await page.locator('body').press('Space');
    expect(await page.getAttribute('html', 'data-playback')).toBe('playing');
    // The default screen steps every 2 s: January, then February across the whole screen.
    await expect.poll(() => period(page), { timeout: 10_000 }).toBe('2022-02');
    // Read what names the month before the next 2 s step can move it on.
    expect(await page.locator('.cs-period__label').innerText()).toContain('2022年2月');
    expect(await slotText(page, 'kpi-hotline-cases')).toContain('2022年2月');
    await expect.poll(() => mapTable(page)).not.toEqual(table);
    expect(await mapPixels(page)).not.toBe(pixels);
    // Space pauses; the arrows step one month back and forward, and the scrubber follows.
    await page.locator('body').press('Space');
    expect(await page.getAttribute('html', 'data-playback')).toBeNull();
    const paused = (await period(page)) ?? '';
    expect(paused).toMatch(/^2022-(0[2-9]|1[0-2])$/);
    const before = `2022-${String(Number(paused.slice(5)) - 1).padStart(2, '0')}`;
    await page.locator('body').press('ArrowLeft');
    expect(await period(page)).toBe(before);
    await page.locator('body').press('ArrowRight');
    expect(await period(page)).toBe(paused);
    expect(await page.locator('.cs-scrubber__input').getAttribute('aria-valuetext')).toBe(
      await page.locator('.cs-period__label').innerText(),
    );
    // The unit buttons: a quarter holds the month, a year the quarter.
    await page.click('[data-unit="quarter"]');
    expect(await period(page)).toBe('2022-Q1');
    await page.click('[data-unit="year"]');
    expect(await period(page)).toBe('2022');
    await page.click('[data-step="-1"]');
    expect(await period(page)).toBe('2021');
    await page.click('[data-step="-1"]');
    expect(await period(page)).toBe('2020');
    // 2020 is the first year of the history: no step before it.
    expect(await page.locator('[data-step="-1"]').isDisabled()).toBe(true);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await close();
  }, 60_000);

  it('kiosk mode: no period control, and Space plays nothing', async () => {
    const { page, close } = await openScreen(suite.browser, suite.server.url, {
      width: 1920,
      height: 1080,
      query: 'kiosk=1',
    });
    await waitForScreenReady(page);
    expect(await page.locator('.cs-period').count()).toBe(0);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(2_500);
    expect(await period(page)).toBe('2022');
    expect(await page.getAttribute('html', 'data-playback')).toBeNull();
    await close();
  }, 60_000);

  it('a looping playback runs in kiosk mode on the wall clock: two tiles show the same month and step together', async () => {
    const config = structuredClone(defaultConfig) as Record<string, unknown>;
    config.period = { default: '2022', playback: { loop: true, stepSeconds: 3 } };
    const epoch = Date.parse('2020-01-01T00:00:00+08:00');
    // 36 months of history (2020-01..2022-12): step 36·1,800,000 + 17 (mid-2026, after the feeds'
    // asOf, so none looks like it comes from the future) is month 17, 2021-06.
    const at = epoch + 3_000 * (36 * 1_800_000 + 17) + 1_000;
    const tiles = await Promise.all(
      ['0,0', '1,0'].map((tile) =>
        openScreen(suite.browser, suite.server.url, {
          width: 960,
          height: 1080,
          query: `screen=custom/loop.json&kiosk=1&tile=${tile}&tiles=2,1`,
          beforeLoad: async (page) => {
            await page.clock.setFixedTime(new Date(at));
            await page.route('**/custom/loop.json', (route) => route.fulfill({ json: config }));
          },
        }),
      ),
    );
    for (const { page } of tiles) {
      await waitForScreenReady(page);
      await expect.poll(() => period(page)).toBe('2021-06');
      expect(await page.getAttribute('html', 'data-playback')).toBe('looping');
    }
    // The kiosk shows where the wall is in its history, without controls.
    const left = tiles[0]?.page as Page;
    expect(await left.locator('.cs-period button').count()).toBe(0);
    expect(await left.locator('.cs-period__label').innerText()).toContain('2021年6月');
    // The clock moves on one step: both tiles turn to July, on their own, with no message between them.
    for (const { page } of tiles) await page.clock.setFixedTime(new Date(at + 3_000));
    for (const { page } of tiles)
      await expect.poll(() => period(page), { timeout: 8_000 }).toBe('2021-07');
    for (const t of tiles) {
      expect(t.problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      await t.close();
    }
  }, 90_000);
});
