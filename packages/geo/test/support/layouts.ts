import { readFileSync } from 'node:fs';
import type { Station } from '../../src/coverage/station.js';
import type { AreaCollection, AreaFeature } from '../../src/geometry/types.js';
import { mulberry32 } from '../../src/random/mulberry32.js';

const read = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../../data/geo/${name}`, import.meta.url), 'utf8'),
  ) as AreaCollection;

/** The 20 counties of Hangzhou and Jiaxing. */
export const counties: AreaFeature[] = [
  ...read('hangzhou.geojson').features,
  ...read('jiaxing.geojson').features,
];

/** One county by adcode. */
export function county(adcode: string): AreaFeature {
  const f = counties.find((c) => c.id === adcode);
  if (!f) throw new Error(`no county ${adcode}`);
  return f;
}

/** lon/lat bounding box of some features. */
export function bboxOf(features: readonly AreaFeature[]): [number, number, number, number] {
  const b: [number, number, number, number] = [180, 90, -180, -90];
  for (const f of features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const p of polys.flat(2)) {
      b[0] = Math.min(b[0], p[0] as number);
      b[1] = Math.min(b[1], p[1] as number);
      b[2] = Math.max(b[2], p[0] as number);
      b[3] = Math.max(b[3], p[1] as number);
    }
  }
  return b;
}

/** n stations uniformly in the features' bbox, radius in [rMin, rMax] km, from a seed. */
export function randomStations(
  features: readonly AreaFeature[],
  n: number,
  seed: number,
  rMin = 1.5,
  rMax = 4,
): Station[] {
  const random = mulberry32(seed);
  const [w, s, e, north] = bboxOf(features);
  return Array.from({ length: n }, (_, i) => ({
    id: `s${seed}-${i}`,
    lon: w + random() * (e - w),
    lat: s + random() * (north - s),
    radiusKm: rMin + random() * (rMax - rMin),
  }));
}

/**
 * Stations around one district at `perKm2` stations per km² of its bbox widened by 5 km, reaches
 * from `rMin` to `rMin` + 2.5 km: dense or sparse, short or long, for accuracy sweeps.
 */
export function stationsAround(
  feature: AreaFeature,
  perKm2: number,
  rMin: number,
  seed: number,
): Station[] {
  const [w, s, e, n] = bboxOf([feature]);
  const mx = 0.05;
  const my = 0.045;
  const km2 = (e - w + 2 * mx) * 96 * (n - s + 2 * my) * 111;
  const count = Math.max(2, Math.round(km2 * perKm2));
  const random = mulberry32(seed * 104_729 + Number(feature.id));
  return Array.from({ length: count }, (_, i) => ({
    id: `a${seed}-${i}`,
    lon: w - mx + random() * (e - w + 2 * mx),
    lat: s - my + random() * (n - s + 2 * my),
    radiusKm: rMin + random() * 2.5,
  }));
}
