import { existsSync, readFileSync } from 'node:fs';
import type { AreaCollection, AreaFeature, Station } from '../../packages/geo/src/api.js';
import { createCoverage, mulberry32 } from '../../packages/geo/src/api.js';

const read = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../data/geo/${name}`, import.meta.url), 'utf8'),
  ) as AreaCollection;

/** The 20 counties of Hangzhou and Jiaxing, as shipped in data/geo. */
export const counties: AreaFeature[] = [
  ...read('hangzhou.geojson').features,
  ...read('jiaxing.geojson').features,
];

/** Milliseconds of the fastest of `runs` calls after one warm-up (runs = 0: the single cold call). */
export function time<T>(runs: number, f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  let value = f();
  let best = runs === 0 ? performance.now() - t0 : Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = f();
    best = Math.min(best, performance.now() - t);
  }
  return { ms: best, value };
}

/** n stations at seeded random points inside the counties (uniform over their area). */
export function stationsInside(
  features: AreaFeature[],
  n: number,
  seed: number,
  radiusKm: number,
): Station[] {
  const model = createCoverage(features, [], { cellKm: 0.5 });
  // Every inside cell of every district, as (raster, cell) pairs: equal areas, so uniform.
  const inside: [number, number][] = [];
  model.rasters.forEach(({ grid }, r) => {
    grid.district.forEach((d, k) => {
      if (d === 0) inside.push([r, k]);
    });
  });
  const random = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const [r, k] = inside[Math.floor(random() * inside.length)] as [number, number];
    const grid = (model.rasters[r] as (typeof model.rasters)[number]).grid;
    const x = grid.x0 + ((k % grid.nx) + random()) * grid.cellKm;
    const y = grid.y0 + (Math.floor(k / grid.nx) + random()) * grid.cellKm;
    const [lon, lat] = model.region.projection.inverse(x, y);
    return { id: `b${i}`, lon, lat, radiusKm };
  });
}

/** One benchmark line, as `pnpm bench` prints it. */
export function report(line: Record<string, unknown>): void {
  const round = (v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(4)) : v);
  console.log(
    JSON.stringify(Object.fromEntries(Object.entries(line).map(([k, v]) => [k, round(v)]))),
  );
}

/** The fire feed's stations with its response radius, or null when the feed is not there. */
export function fireFeedStations(): Station[] | null {
  const url = new URL('../../data/feeds/fire.json', import.meta.url);
  if (!existsSync(url)) return null;
  const feed = JSON.parse(readFileSync(url, 'utf8')) as {
    data: {
      stations: { id: string; location: [number, number] }[];
      response: { radiusKm: number }[];
    };
  };
  const radiusKm = feed.data.response[0]?.radiusKm ?? 2.667;
  return feed.data.stations.map((s) => ({
    id: s.id,
    lon: s.location[0],
    lat: s.location[1],
    radiusKm,
  }));
}
