import { describe, expect, it } from 'vitest';
import { coverageGaps } from '../src/coverage/gaps.js';
import { stationLosses } from '../src/coverage/loss.js';
import { createCoverage, moveStation, updateStation } from '../src/coverage/model.js';
import { stationRadiusKm } from '../src/coverage/station.js';
import { coverageSummary } from '../src/coverage/summary.js';
import { gcj02ToWgs84 } from '../src/projection/gcj02.js';
import { mulberry32 } from '../src/random/mulberry32.js';
import { county, randomStations } from './support/layouts.js';

const xiuzhou = county('330411');
const nanhu = county('330402');
const opts = { cellKm: 0.15 };

describe('coverage model', () => {
  it('keeps per-cell counts and tallies equal to a fresh build after many moves', () => {
    const stations = randomStations([xiuzhou, nanhu], 23, 7);
    const model = createCoverage([xiuzhou, nanhu], stations, opts);
    const random = mulberry32(99);
    for (let step = 0; step < 200; step++) {
      const i = Math.floor(random() * stations.length);
      moveStation(model, i, 120.55 + random() * 0.4, 30.6 + random() * 0.3);
    }
    const fresh = createCoverage([xiuzhou, nanhu], model.stations, opts);
    model.rasters.forEach((r, i) => {
      expect(r.tally.count).toEqual(fresh.rasters[i]?.tally.count);
      expect(r.tally.covered).toEqual(fresh.rasters[i]?.tally.covered);
      expect(r.tally.multi).toEqual(fresh.rasters[i]?.tally.multi);
    });
    expect(coverageSummary(model)).toEqual(coverageSummary(fresh));
  });

  it('reports area, shares, multiple cover and km² per station consistently', () => {
    const stations = randomStations([xiuzhou], 23, 3);
    const s = coverageSummary(createCoverage([xiuzhou], stations, opts));
    const d = s.districts[0];
    if (!d) throw new Error('no district');
    expect(d.id).toBe('330411');
    expect(d.name).toBe('秀洲区');
    expect(d.areaKm2).toBeCloseTo(542.3, 0);
    expect(d.coveredKm2 + d.uncoveredKm2).toBeCloseTo(d.areaKm2, 9);
    expect(d.multiKm2).toBeGreaterThan(0);
    expect(d.multiKm2).toBeLessThan(d.coveredKm2);
    expect(d.km2PerStation).toBeCloseTo(d.areaKm2 / d.stations, 9);
    expect(s.total.areaKm2).toBeCloseTo(d.areaKm2, 9);
    // Random points in the bbox: some fall outside the district and count for none.
    expect(d.stations).toBeLessThan(23);
  });

  it('converts WGS84 stations to GCJ-02 instead of mixing datums', () => {
    const gcj = { id: 'g', lon: 120.7, lat: 30.77, radiusKm: 2 };
    const [lon, lat] = gcj02ToWgs84(gcj.lon, gcj.lat);
    const wgs = { id: 'w', lon, lat, radiusKm: 2, crs: 'WGS84' as const };
    const a = coverageSummary(createCoverage([xiuzhou], [gcj], opts));
    const b = coverageSummary(createCoverage([xiuzhou], [wgs], opts));
    expect(b.total.coveredKm2).toBeCloseTo(a.total.coveredKm2, 9);
    // Read as GCJ-02 the same numbers land ~500 m away and cover a different area.
    const mixed = coverageSummary(createCoverage([xiuzhou], [{ ...wgs, crs: 'GCJ-02' }], opts));
    expect(mixed.total.coveredKm2).not.toBeCloseTo(a.total.coveredKm2, 3);
  });

  it('derives reach from response time and speed', () => {
    expect(stationRadiusKm({ id: 'a', lon: 0, lat: 0, responseMinutes: 5, speedKmh: 36 })).toBe(3);
    expect(() => stationRadiusKm({ id: 'b', lon: 0, lat: 0 })).toThrow(/radiusKm/);
  });

  it('finds one gap covering a district with no station, and gaps summing to the uncovered area', () => {
    const empty = createCoverage([nanhu], [], opts);
    const [only, ...rest] = coverageGaps(empty, 5);
    expect(only?.areaKm2).toBeGreaterThan(0.99 * 445.1);
    expect(rest.every((g) => g.areaKm2 < 1)).toBe(true);

    const model = createCoverage([nanhu], randomStations([nanhu], 30, 11), opts);
    const gaps = coverageGaps(model, Infinity);
    const total = gaps.reduce((a, g) => a + g.areaKm2, 0);
    expect(total).toBeCloseTo(coverageSummary(model).total.uncoveredKm2, 6);
    for (let i = 1; i < gaps.length; i++) {
      expect(gaps[i]?.areaKm2).toBeLessThanOrEqual(gaps[i - 1]?.areaKm2 as number);
    }
    // The anchor is an uncovered cell of the gap: no station reaches it.
    const [lon, lat] = gaps[0]?.anchor ?? [0, 0];
    const [ax, ay] = model.region.projection.forward(lon, lat);
    for (const st of model.stations) {
      const [sx, sy] = model.region.projection.forward(st.lon, st.lat);
      expect(Math.hypot(ax - sx, ay - sy)).toBeGreaterThan(stationRadiusKm(st) - 1e-6);
    }
  });

  it('ranks stations by the area only they reach, which is exactly what closing them loses', () => {
    const stations = randomStations([xiuzhou], 23, 5);
    const model = createCoverage([xiuzhou], stations, opts);
    const before = coverageSummary(model).total.coveredKm2;
    const losses = stationLosses(model);
    expect(losses).toHaveLength(23);
    for (const loss of losses.slice(0, 3)) {
      const without = stations.filter((_, i) => i !== loss.index);
      const after = coverageSummary(createCoverage([xiuzhou], without, opts)).total.coveredKm2;
      expect(before - after).toBeCloseTo(loss.lossKm2, 9);
    }
  });

  it('can change a station’s reach in place', () => {
    const stations = randomStations([xiuzhou], 5, 2);
    const model = createCoverage([xiuzhou], stations, opts);
    const s = model.stations[0];
    if (!s) throw new Error('no station');
    updateStation(model, 0, { ...s, radiusKm: 0 });
    const fresh = createCoverage([xiuzhou], model.stations, opts);
    expect(model.rasters[0]?.tally.covered).toEqual(fresh.rasters[0]?.tally.covered);
  });
});

describe('default cell size', () => {
  it('is per district: finer where the border and the reach draw more edge per km²', () => {
    const shangcheng = county('330102');
    const station = { id: 'a', lon: 120.7, lat: 30.77, radiusKm: 2.667 };
    const model = createCoverage([xiuzhou, shangcheng], [station]);
    const [xz, sc] = model.rasters.map((r) => r.grid.cellKm) as [number, number];
    // 上城 (26 km²) has far more border per km² than 秀洲 (542 km²): its cells are finer.
    expect(sc).toBeLessThan(xz / 2);
    // Shorter reaches draw more covered border per km²: 秀洲's cells shrink with the radius.
    const short = createCoverage([xiuzhou], [{ ...station, radiusKm: 1 }]);
    expect(short.rasters[0]?.grid.cellKm).toBeLessThan(xz);
    // Zero or missing reaches do not size the grid (a zero disc has no edge at all).
    const one = createCoverage([xiuzhou], [station]).rasters[0]?.grid.cellKm;
    const zero = createCoverage([xiuzhou], [station, { ...station, id: 'z', radiusKm: 0 }]);
    expect(zero.rasters[0]?.grid.cellKm).toBe(one);
  });

  it('never builds more cells than the budget, however small the radius', () => {
    const tiny = createCoverage(
      [xiuzhou, nanhu],
      [{ id: 'b', lon: 120.7, lat: 30.77, radiusKm: 0.01 }],
    );
    const cells = tiny.rasters.reduce((a, r) => a + r.grid.nx * r.grid.ny, 0);
    expect(cells).toBeLessThanOrEqual(4.1e6);
    // Both districts give up accuracy alike: their cells grew by the same factor.
    const alone = createCoverage([xiuzhou], [{ id: 'b', lon: 120.7, lat: 30.77, radiusKm: 0.01 }]);
    expect(alone.rasters[0]?.grid.cellKm).toBeLessThan(tiny.rasters[0]?.grid.cellKm as number);
  });
});
