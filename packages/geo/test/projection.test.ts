import { readFileSync } from 'node:fs';
import { geoAzimuthalEqualArea, geoBounds, geoMercator, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { AreaCollection } from '../src/geometry/types.js';
import { echartsProjection } from '../src/projection/echarts-projection.js';
import { equalAreaProjection } from '../src/projection/equal-area.js';
import { fitProjection } from '../src/projection/fit.js';
import { mulberry32 } from '../src/random/mulberry32.js';

const jiaxing = JSON.parse(
  readFileSync(new URL('../../../data/geo/jiaxing.geojson', import.meta.url), 'utf8'),
) as AreaCollection;

describe('fitProjection', () => {
  it('fits the collection inside width × height minus padding, touching two opposite sides', () => {
    const p = fitProjection(jiaxing as never, 800, 600, 20);
    const [[x0, y0], [x1, y1]] = geoPath(p).bounds(jiaxing as never);
    expect(x0).toBeGreaterThanOrEqual(20 - 1e-6);
    expect(y0).toBeGreaterThanOrEqual(20 - 1e-6);
    expect(x1).toBeLessThanOrEqual(780 + 1e-6);
    expect(y1).toBeLessThanOrEqual(580 + 1e-6);
    const fillsWidth = Math.abs(x0 - 20) < 1e-6 && Math.abs(x1 - 780) < 1e-6;
    const fillsHeight = Math.abs(y0 - 20) < 1e-6 && Math.abs(y1 - 580) < 1e-6;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  it('accepts any d3 projection', () => {
    const p = fitProjection(
      jiaxing as never,
      400,
      400,
      0,
      geoAzimuthalEqualArea().rotate([-120.8, -30.6]),
    );
    const [[x0, y0], [x1, y1]] = geoPath(p).bounds(jiaxing as never);
    expect(Math.max(x1 - x0, y1 - y0)).toBeCloseTo(400, 6);
  });
});

describe('echartsProjection', () => {
  const [[w, s], [e, n]] = geoBounds(jiaxing as never);
  for (const [name, make] of [
    ['mercator', () => geoMercator()],
    ['azimuthal equal-area', () => geoAzimuthalEqualArea().rotate([-120.8, -30.6])],
  ] as const) {
    it(`round-trips within 1e-6° through a fitted ${name}`, () => {
      const ep = echartsProjection(fitProjection(jiaxing as never, 1920, 1080, 40, make()));
      const random = mulberry32(4);
      for (let i = 0; i < 500; i++) {
        const p = [w + random() * (e - w), s + random() * (n - s)];
        const back = ep.unproject(ep.project(p));
        expect(Math.abs((back[0] as number) - (p[0] as number))).toBeLessThan(1e-6);
        expect(Math.abs((back[1] as number) - (p[1] as number))).toBeLessThan(1e-6);
      }
    });
  }

  it('projects to screen pixels with y down, inside the fitted box', () => {
    const ep = echartsProjection(fitProjection(jiaxing as never, 1000, 500, 10));
    const north = ep.project([120.8, n]);
    const south = ep.project([120.8, s]);
    expect(north[1]).toBeLessThan(south[1] as number);
    expect(north[1]).toBeGreaterThanOrEqual(10 - 1e-6);
  });
});

describe('equalAreaProjection', () => {
  it('inverts its forward map to 1e-9° and keeps distance at the centre', () => {
    const p = equalAreaProjection(120, 30);
    const random = mulberry32(8);
    for (let i = 0; i < 200; i++) {
      const lon = 118 + random() * 4;
      const lat = 28 + random() * 4;
      const [x, y] = p.forward(lon, lat);
      const [lon2, lat2] = p.inverse(x, y);
      expect(Math.abs(lon2 - lon)).toBeLessThan(1e-9);
      expect(Math.abs(lat2 - lat)).toBeLessThan(1e-9);
    }
    // One degree of latitude at the centre: 6371.0088 · π / 180 km, to within the c²/8 term.
    expect(p.forward(120, 31)[1]).toBeCloseTo((6371.0088 * Math.PI) / 180, 1);
  });
});
