import { readFileSync } from 'node:fs';
import { geoCentroid, geoContains, geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { type AreaCollection, EARTH_RADIUS_KM, placeStations } from '../src/api.js';

const jiaxing = JSON.parse(
  readFileSync(new URL('../../../data/geo/jiaxing.geojson', import.meta.url), 'utf8'),
) as AreaCollection;
const xiuzhou = jiaxing.features.find((f) => f.id === '330411');
if (!xiuzhou) throw new Error('秀洲 missing');
const km = (a: [number, number], b: [number, number]) => geoDistance(a, b) * EARTH_RADIUS_KM;

describe('placeStations', () => {
  const sites = placeStations(xiuzhou, 23, 1);

  it('places n stations, all inside the district', () => {
    expect(sites).toHaveLength(23);
    for (const p of sites) expect(geoContains(xiuzhou as never, p)).toBe(true);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    expect(placeStations(xiuzhou, 23, 1)).toEqual(sites);
    expect(placeStations(xiuzhou, 23, 2)).not.toEqual(sites);
  });

  it('spreads them like a planner: no two closer than 2 km, each about √(542/23) km from its neighbour', () => {
    const nearest = sites.map((a, i) =>
      Math.min(...sites.filter((_, j) => j !== i).map((b) => km(a, b))),
    );
    // A centroidal layout of 23.6 km² cells has neighbours about 4–5 km apart.
    expect(Math.min(...nearest)).toBeGreaterThan(2);
    expect(Math.max(...nearest)).toBeLessThan(8);
  });

  it('lists the station nearest the district centroid first', () => {
    const centroid = geoCentroid(xiuzhou as never);
    const d = sites.map((p) => km(p, centroid));
    // The sort uses the planar centroid of the raster; allow for its few metres of difference.
    expect(d[0]).toBeLessThanOrEqual(Math.min(...d) + 0.05);
    expect(d[0]).toBeLessThan(d[1] as number);
  });
});
