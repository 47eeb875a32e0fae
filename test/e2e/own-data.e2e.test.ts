import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  clickADistrict,
  openScreen,
  screenSuite,
  settledSlots,
  slotText,
  waitForScreenReady,
} from './harness/index.js';

// A screen of two data domains the code has never heard of (traffic accidents, air quality),
// made of two self-describing feeds and one config in data/: KPI, trend, ranking, choropleth
// with click-to-filter, a point layer and a scrolling table, through configuration alone.

interface Monthly {
  district: string;
  districtName: string;
  month: string;
  accidents: number;
}
const traffic = JSON.parse(
  readFileSync(new URL('../../data/feeds/traffic-accidents.json', import.meta.url), 'utf8'),
) as { data: { monthly: Monthly[]; incidents: { district: string; road: string }[] } };
const total = (year: string, district?: string) =>
  traffic.data.monthly
    .filter((r) => r.month.startsWith(year) && (district === undefined || r.district === district))
    .reduce((s, r) => s + r.accidents, 0);
const grouped = (n: number) => n.toLocaleString('en-US');

describe("a screen of the user's own data, by configuration alone", () => {
  const suite = screenSuite();

  it('shows every widget ready, with figures worked out from the feeds', async () => {
    const { page, problems, close } = await openScreen(suite.browser, suite.server.url, {
      width: 1920,
      height: 1080,
      query: 'screen=screens/traffic-air.json',
    });
    await waitForScreenReady(page);
    const states = await page.$$eval('[data-widget]', (nodes) =>
      nodes.map((n) => `${n.getAttribute('data-widget')}:${n.getAttribute('data-state')}`),
    );
    expect(states.length).toBeGreaterThanOrEqual(12);
    expect(states.filter((s) => !s.endsWith(':ready'))).toEqual([]);
    for (const type of [
      'KpiCard',
      'TrendChart',
      'RankingBoard',
      'DistrictMap',
      'ScrollBoard',
      'HeatGrid',
      'RingChart',
    ]) {
      expect(
        states.some((s) => s.startsWith(`${type}:`)),
        type,
      ).toBe(true);
    }

    const kpi = await settledSlots(page, ['kpi-accidents']).then(([t]) => t);
    expect(kpi).toContain(grouped(total('2022')));
    const change = ((total('2022') - total('2021')) / total('2021')) * 100;
    expect(kpi).toContain(`${Math.abs(change).toFixed(1)} %`);
    expect(kpi).toContain('2022年');
    // The header names the two feeds by the labels the config gives them.
    expect(await page.locator('[data-feed="traffic"]').innerText()).toContain('交通');
    expect(await page.locator('[data-feed="air"]').innerText()).toContain('空气');
    // The incidents layer is on the map, and the latest accidents scroll beneath it.
    expect(await page.locator('.cs-map').getAttribute('data-layer')).toBe('stations');
    expect(await slotText(page, 'latest')).toMatch(/\d\d-\d\d \d\d:\d\d/);
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: 'test/e2e/screenshots/own-data-1920x1080.png' });
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await close();
  });

  it('filters the panels to a district clicked on the map', async () => {
    const { page, problems, close } = await openScreen(suite.browser, suite.server.url, {
      width: 1920,
      height: 1080,
      query: 'screen=screens/traffic-air.json',
    });
    await waitForScreenReady(page);
    await settledSlots(page, ['kpi-accidents']);
    const selected = await clickADistrict(page);
    expect(selected).toMatch(/^\d{6}$/);
    const district = selected ?? '';
    await expect
      .poll(() => settledSlots(page, ['kpi-accidents']).then(([t]) => t), { timeout: 10_000 })
      .toContain(grouped(total('2022', district)));
    // Every row of the latest accidents is now in the district clicked.
    const name = traffic.data.monthly.find((r) => r.district === district)?.districtName ?? '';
    const rows = await page.$$eval('[data-slot="latest"] .os-scroll__row', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain(name);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await close();
  });
});
