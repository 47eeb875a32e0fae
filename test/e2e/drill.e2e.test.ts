import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openScreen, screenSuite, settledSlots, waitForScreenReady } from './harness/index.js';

// Drill-down on the production build: the default screen's drill layers (the synthetic 秀洲
// towns and 王江泾 grid cells) open from the map, every panel filtered by place follows down
// to a town, the breadcrumb leads back up, and a station's detail card shows feed text as text.

const defaultConfig = JSON.parse(
  readFileSync(new URL('../../data/screens/default.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const fire = JSON.parse(
  readFileSync(new URL('../../data/feeds/fire.json', import.meta.url), 'utf8'),
) as { data: { stations: { id: string; name: string }[] } };

/** The codes of the areas the map shows (its keyboard list, one button per area). */
const shownAreas = (page: Page) =>
  page.$$eval('.cs-map [data-district]', (els) => els.map((e) => e.getAttribute('data-district')));
const selected = (page: Page) =>
  page
    .locator('[data-selected]')
    .getAttribute('data-selected', { timeout: 500 })
    .catch(() => null);

describe('drill-down (production build)', () => {
  const suite = screenSuite();

  it('opens 秀洲 into its towns, follows a town with the panels, and leads back up by the breadcrumb', async () => {
    const { page, problems, close } = await openScreen(suite.browser, suite.server.url, {
      width: 1920,
      height: 1080,
    });
    await waitForScreenReady(page);
    const ids = ['pet-received-change', 'fire-hazards', 'kpi-zero-accusation', 'af-cases-change'];
    const top = await settledSlots(page, ids);
    expect(await shownAreas(page)).toHaveLength(20);
    expect(await page.locator('.cs-map__note').count()).toBe(0);

    // A keyboard user picks 秀洲 from the map's district list: the map opens its nine towns.
    await page.locator('.cs-map [data-district="330411"]').press('Enter');
    await expect.poll(() => page.locator('.cs-map').getAttribute('data-drill')).toBe('330411');
    const towns = await shownAreas(page);
    expect(towns).toHaveLength(9);
    for (const t of towns) expect(t).toMatch(/^330411\d{3}$/);
    expect(await page.locator('.cs-map').getAttribute('data-drill-level')).toBe('town');
    // The synthetic layer says what it is while it is on screen.
    expect(await page.locator('.cs-map__note').innerText()).toContain('示意');
    // Every town is coloured from its own petition rows: no town without a value.
    const rows = await page.$$eval('.cs-map table tbody tr', (trs) =>
      trs.map((r) => (r as HTMLElement).innerText),
    );
    expect(rows).toHaveLength(9);
    for (const r of rows) expect(r).not.toContain('无数据');
    const district = await settledSlots(page, ids);
    expect(district[0]).toContain('秀洲区');
    expect(await page.locator('.cs-map nav').innerText()).toContain('秀洲区');

    // A click on a town in the map canvas selects it; the panels follow it down.
    const canvas = page.locator('.cs-map canvas').first();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('map canvas has no box');
    let town: string | null = null;
    for (const [fx, fy] of [
      [0.5, 0.5],
      [0.45, 0.55],
      [0.55, 0.45],
      [0.5, 0.4],
      [0.5, 0.6],
      [0.4, 0.5],
    ] as const) {
      await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
      const now = await selected(page);
      if (now && now.length === 9) {
        town = now;
        break;
      }
    }
    expect(town).toMatch(/^330411\d{3}$/);
    // The map keeps showing the towns, the clicked one selected, and the breadcrumb names it.
    expect(await page.locator('.cs-map').getAttribute('data-drill')).toBe('330411');
    expect(
      await page.locator(`.cs-map [data-district="${town}"]`).getAttribute('aria-pressed'),
    ).toBe('true');
    const townName = (await page.locator(`.cs-map [data-district="${town}"]`).innerText()).trim();
    expect(await page.locator('.cs-map nav').innerText()).toContain(townName);
    const atTown = await settledSlots(page, ids);
    // Petitions, hazards and the anti-fraud figures speak for the town now.
    expect(atTown[0]).toContain(townName);
    expect(atTown[0]).not.toEqual(district[0]);
    expect(atTown[1]).not.toEqual(district[1]);
    expect(await page.locator('[data-selected]').innerText()).toContain(townName);

    // Back up one level: the district crumb.
    await page.click('.cs-map nav [data-crumb="330411"]');
    await expect.poll(() => selected(page)).toBe('330411');
    expect(await shownAreas(page)).toEqual(towns);
    await expect.poll(() => settledSlots(page, ids)).toEqual(district);
    // And to the top: the whole area, nothing selected, every panel as it started.
    await page.click('.cs-map nav [data-crumb=""]');
    await expect.poll(() => page.locator('.cs-map').getAttribute('data-drill')).toBe('');
    expect(await selected(page)).toBeNull();
    expect(await shownAreas(page)).toHaveLength(20);
    await expect.poll(() => settledSlots(page, ids), { timeout: 8_000 }).toEqual(top);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await close();
  }, 90_000);

  it('takes grid cells as one more layer: 王江泾镇 opens into its six cells', async () => {
    const { page, problems, close } = await openScreen(suite.browser, suite.server.url, {
      width: 1920,
      height: 1080,
    });
    await waitForScreenReady(page);
    await page.locator('.cs-map [data-district="330411"]').press('Enter');
    await page.locator('.cs-map [data-district="330411101"]').press('Enter');
    await expect.poll(() => page.locator('.cs-map').getAttribute('data-drill')).toBe('330411101');
    expect(await page.locator('.cs-map').getAttribute('data-drill-level')).toBe('grid');
    expect(await shownAreas(page)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `330411101-G0${n}`));
    expect(await page.locator('.cs-map__note').innerText()).toContain('网格');
    await page.locator('.cs-map [data-district="330411101-G02"]').press('Enter');
    await expect.poll(() => selected(page)).toBe('330411101-G02');
    expect(await page.locator('[data-selected]').innerText()).toContain('王江泾镇第2网格');
    // Escape hatch by pointer: a click outside every cell clears the cell, the next goes up.
    await page.click('.cs-map nav [data-crumb="330411101"]');
    await expect.poll(() => selected(page)).toBe('330411101');
    await page.click('.cs-map nav [data-crumb="330411"]');
    await expect.poll(() => page.locator('.cs-map').getAttribute('data-drill')).toBe('330411');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await close();
  }, 60_000);

  it('opens a station’s detail card with its fields, feed markup shown as text', async () => {
    const hostile = structuredClone(fire);
    const station = hostile.data.stations[0];
    if (!station) throw new Error('no station');
    station.name = '<img src=x onerror="window.__xss=1">站';
    const { page, problems, close } = await openScreen(suite.browser, suite.server.url, {
      width: 1920,
      height: 1080,
      beforeLoad: async (p) => {
        await p.route('**/feeds/fire.json', (route) => route.fulfill({ json: hostile }));
      },
    });
    await waitForScreenReady(page);
    await page.locator(`.cs-map [data-point="${station.id}"]`).press('Enter');
    const card = page.locator(`.cs-point-card[data-point-card="${station.id}"]`);
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('h3').innerText()).toBe(station.name);
    const text = await card.innerText();
    // The binding's detail fields with their declared labels and units.
    expect(text).toContain('人');
    expect(text).toMatch(/2\.67\s*公里/);
    expect(await card.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await close();
  }, 60_000);

  it('a drill file whose areas lie in no district stops on the config error screen naming it', async () => {
    const config = structuredClone(defaultConfig) as Record<string, unknown>;
    config.drill = [{ level: 'town', files: ['stray.geojson'] }];
    const stray = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: '310101001',
          properties: { name: '外滩街道' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [121.48, 31.23],
                [121.5, 31.23],
                [121.5, 31.25],
                [121.48, 31.25],
                [121.48, 31.23],
              ],
            ],
          },
        },
      ],
    };
    const { page, close } = await openScreen(suite.browser, suite.server.url, {
      width: 1280,
      height: 720,
      query: 'screen=custom/stray.json',
      beforeLoad: async (p) => {
        await p.route('**/custom/stray.json', (route) => route.fulfill({ json: config }));
        await p.route('**/custom/stray.geojson', (route) =>
          route.fulfill({ body: JSON.stringify(stray), contentType: 'application/geo+json' }),
        );
      },
    });
    await waitForScreenReady(page);
    expect(await page.getAttribute('html', 'data-screen-error')).toBe('config');
    const row = page.locator('[data-fault-path="/features/0/id"]');
    expect(await row.getAttribute('data-fault-file')).toBe(
      `${suite.server.url}custom/stray.geojson`,
    );
    expect(await row.innerText()).toContain('310101001');
    await close();
  }, 60_000);
});
