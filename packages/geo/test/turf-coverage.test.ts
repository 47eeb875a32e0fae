import { describe, expect, it } from 'vitest';
import { createCoverage } from '../src/coverage/model.js';
import { referenceCount } from '../src/coverage/reference.js';
import { equalAreaPolygonRadius, turfCoverage } from '../src/exact/turf-coverage.js';
import { placeStations } from '../src/placement/place-stations.js';
import { county } from './support/layouts.js';

describe('exact check through turf', () => {
  it('sizes the n-gon so its area equals the circle', () => {
    const n = 64;
    const R = equalAreaPolygonRadius(1, n);
    expect((n / 2) * R * R * Math.sin((2 * Math.PI) / n)).toBeCloseTo(Math.PI, 12);
  });

  it('agrees with the 10 m reference within 0.1 pp on the 秀洲 sample layout', () => {
    const xiuzhou = county('330411');
    const r = 2.667; // the fire feed's five minutes at 32 km/h
    const stations = placeStations(xiuzhou, 23, 411).map(([lon, lat], i) => ({
      id: `xz${i}`,
      lon,
      lat,
      radiusKm: r,
    }));
    const [exact] = turfCoverage([xiuzhou], stations);
    const ref = referenceCount(createCoverage([xiuzhou], []).region, stations);
    const refShare = (ref.covered[0] as number) / (ref.cells[0] as number);
    expect(exact?.areaKm2).toBeGreaterThan(540);
    expect(
      Math.abs((exact?.coveredKm2 as number) / (exact?.areaKm2 as number) - refShare) * 100,
    ).toBeLessThan(0.1);
  });
});
