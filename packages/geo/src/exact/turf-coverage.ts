import { area, circle, featureCollection, intersect, union } from '@turf/turf';
import { type Station, stationRadiusKm } from '../coverage/station.js';
import type { AreaFeature } from '../geometry/types.js';

/** Covered share of one district by the exact (vector) method. */
export interface ExactDistrict {
  /** District adcode. */
  id: string;
  /** turf area of the district, km². */
  areaKm2: number;
  /** turf area of district ∩ union of discs, km². */
  coveredKm2: number;
}

/**
 * The radius an n-gon needs for its area to equal the circle's: a regular n-gon of
 * circumradius R has area (n/2)·R²·sin(2π/n), so R = r·√(2π / (n·sin(2π/n))). Without this a
 * 64-gon reads 0.16 % low (it sits inside the circle it approximates).
 */
export function equalAreaPolygonRadius(r: number, steps: number): number {
  return r * Math.sqrt((2 * Math.PI) / (steps * Math.sin((2 * Math.PI) / steps)));
}

/**
 * Coverage by vector geometry through turf: circle → union → intersect → area. Slow (seconds at
 * thousands of stations) and needs @turf/turf, an optional dependency; used to check the raster.
 */
export function turfCoverage(
  districts: readonly AreaFeature[],
  stations: readonly Station[],
  steps = 64,
): ExactDistrict[] {
  const discs = stations.map((s) =>
    circle([s.lon, s.lat], equalAreaPolygonRadius(stationRadiusKm(s), steps), {
      steps,
      units: 'kilometers',
    }),
  );
  const covered = discs.length > 1 ? union(featureCollection(discs)) : (discs[0] ?? null);
  return districts.map((d, i) => {
    const feature = d as unknown as Parameters<typeof intersect>[0]['features'][number];
    const cut = covered ? intersect(featureCollection([feature, covered])) : null;
    return {
      id: String((d.properties as { adcode?: unknown }).adcode ?? d.id ?? i),
      areaKm2: area(feature) / 1e6,
      coveredKm2: cut ? area(cut) / 1e6 : 0,
    };
  });
}
