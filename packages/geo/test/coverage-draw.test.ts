import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { coverageGaps } from '../src/coverage/gaps.js';
import { coverageMasks } from '../src/coverage/mask.js';
import { createCoverage } from '../src/coverage/model.js';
import { stationCircle } from '../src/coverage/station-circle.js';
import { EARTH_RADIUS_KM } from '../src/projection/earth.js';
import { county, randomStations } from './support/layouts.js';

const xiuzhou = county('330411');
const nanhu = county('330402');

describe('drawing helpers', () => {
  it('stationCircle is the reach on the sphere: area πr², centred on the station', () => {
    const s = { id: 'a', lon: 120.7, lat: 30.77, radiusKm: 2.646 };
    const c = stationCircle(s, 256);
    const km2 = geoArea(c as never) * EARTH_RADIUS_KM ** 2;
    expect(km2).toBeCloseTo(Math.PI * 2.646 ** 2, 1);
    expect(geoContains(c as never, [s.lon, s.lat])).toBe(true);
  });

  it('coverageMasks count the same cells as the tallies, north row first', () => {
    const model = createCoverage([xiuzhou, nanhu], randomStations([xiuzhou], 23, 4), {
      cellKm: 0.2,
    });
    const masks = coverageMasks(model);
    expect(masks.map((m) => m.districtId)).toEqual(['330411', '330402']);
    const m = masks[0];
    const raster = model.rasters[0];
    if (!m || !raster) throw new Error('no mask');
    const n = (v: number) => m.state.reduce((a: number, s: number) => a + (s === v ? 1 : 0), 0);
    expect(n(2) + n(3)).toBe(raster.tally.covered[0]);
    expect(n(3)).toBe(raster.tally.multi[0]);
    expect(n(1) + n(2) + n(3)).toBe(raster.grid.cells[0]);
    const [nw, , , sw] = m.corners;
    expect((nw as number[])[1]).toBeGreaterThan((sw as number[])[1] as number);
  });

  it('coverageGaps can keep to one district', () => {
    const model = createCoverage([xiuzhou, nanhu], randomStations([xiuzhou, nanhu], 20, 6), {
      cellKm: 0.2,
    });
    const gaps = coverageGaps(model, 50, '330402');
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((g) => g.districtId === '330402')).toBe(true);
    expect(coverageGaps(model, 50, '999999')).toEqual([]);
  });
});
