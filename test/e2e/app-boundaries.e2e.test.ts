import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openScreen, screenSuite, waitForScreenReady } from './harness/index.js';

// A screen config that brings its own district boundaries: a bad file stops the screen on the
// config error screen naming the file and the JSON pointer; a good one, wound either way, is
// what the map draws.

const defaultConfig = JSON.parse(
  readFileSync(new URL('../../data/screens/default.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const jiaxing = JSON.parse(
  readFileSync(new URL('../../data/geo/jiaxing.geojson', import.meta.url), 'utf8'),
) as {
  features: {
    id: string;
    properties: Record<string, unknown>;
    geometry: { coordinates: number[][][] };
  }[];
};
const xiuzhou = jiaxing.features.find((f) => f.id === '330411');
if (!xiuzhou) throw new Error('data/geo/jiaxing.geojson has no 秀洲区 330411');

/** Ring area ×2 on the plane: positive for counter-clockwise. */
function signedArea2(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/** Serve a config under custom/ that names `file` (relative to the config), and that file. */
function withBoundaries(name: string, body: unknown) {
  return async (page: Page) => {
    const config = { ...defaultConfig, boundaries: [`${name}.geojson`] };
    await page.route(`**/custom/${name}.json`, (route) => route.fulfill({ json: config }));
    await page.route(`**/custom/${name}.geojson`, (route) =>
      route.fulfill({ body: JSON.stringify(body), contentType: 'application/geo+json' }),
    );
  };
}

describe('custom boundaries from the screen config (production build)', () => {
  const suite = screenSuite();

  it('a polygon written [lat, lon] stops on the config error screen naming the file and pointer', async () => {
    const square = [
      [30.7, 120.6],
      [30.7, 120.8],
      [30.9, 120.8],
      [30.9, 120.6],
      [30.7, 120.6],
    ];
    const swapped = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: '330411',
          properties: { name: '秀洲区' },
          geometry: { type: 'Polygon', coordinates: [square] },
        },
      ],
    };
    const { page, problems, close } = await openScreen(suite.browser, suite.server.url, {
      width: 1280,
      height: 720,
      query: 'screen=custom/swapped.json',
      beforeLoad: withBoundaries('swapped', swapped),
    });
    await waitForScreenReady(page);
    expect(await page.getAttribute('html', 'data-screen-error')).toBe('config');
    const rows = await page.$$eval('[data-fault-path]', (trs) =>
      trs.map((r) => ({
        path: r.getAttribute('data-fault-path'),
        file: r.getAttribute('data-fault-file'),
        text: (r as HTMLElement).innerText,
      })),
    );
    expect(rows.map((r) => r.path)).toEqual(
      square.map((_, i) => `/features/0/geometry/coordinates/0/${i}`),
    );
    for (const r of rows) {
      expect(r.file).toBe(`${suite.server.url}custom/swapped.geojson`);
      // The screen's language is zh-CN: the problem is in Chinese, and the row names the file.
      expect(r.text).toContain('经纬度颠倒');
      expect(r.text).toContain('swapped.geojson');
    }
    expect(problems.foreignRequests).toEqual([]);
    await close();
  }, 60_000);

  it('a counter-clockwise (RFC 7946) district is rewound and drawn: the map is ready with that district only', async () => {
    const ring = xiuzhou.geometry.coordinates[0] ?? [];
    // The bundled file winds clockwise for d3; a user file in RFC 7946 style winds the other way.
    const ccw = signedArea2(ring) > 0 ? ring : [...ring].reverse();
    expect(signedArea2(ccw)).toBeGreaterThan(0);
    const custom = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: '330411',
          properties: xiuzhou.properties,
          geometry: { type: 'Polygon', coordinates: [ccw] },
        },
      ],
    };
    const { page, problems, close } = await openScreen(suite.browser, suite.server.url, {
      width: 1920,
      height: 1080,
      query: 'screen=custom/xiuzhou.json',
      beforeLoad: withBoundaries('xiuzhou', custom),
    });
    await waitForScreenReady(page);
    expect(await page.getAttribute('html', 'data-screen-error')).toBeNull();
    const map = page.locator('[data-widget="DistrictMap"]').first();
    expect(await map.getAttribute('data-state')).toBe('ready');
    const districts = await map
      .locator('[data-district]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-district')));
    expect(districts).toEqual(['330411']);
    // A ring wound the wrong way for d3 is the whole globe minus the district: the map paints
    // almost solid (measured 84 % of the chart against 17 % when rewound), so it must stay low.
    // The district's colour is the fill layer under the chart's canvas: its paths, painted.
    const canvas = map.locator('canvas').first();
    const box = await canvas.boundingBox();
    expect(box && box.width > 100).toBe(true);
    const filled = await map.locator('.os-map-fills').evaluate((svg: SVGSVGElement) => {
      const c = document.createElement('canvas');
      c.width = svg.clientWidth;
      c.height = svg.clientHeight;
      const ctx = c.getContext('2d');
      if (!ctx) return -1;
      for (const path of svg.querySelectorAll('path'))
        ctx.fill(new Path2D(path.getAttribute('d') ?? ''), 'evenodd');
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
      return painted / (c.width * c.height);
    });
    expect(filled).toBeGreaterThan(0.01);
    expect(filled).toBeLessThan(0.6);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await close();
  }, 90_000);
});
