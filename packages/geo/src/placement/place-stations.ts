import { buildGrid } from '../coverage/grid.js';
import { projectRegion } from '../coverage/region.js';
import type { AreaFeature } from '../geometry/types.js';
import { mulberry32 } from '../random/mulberry32.js';
import { lloyd } from './lloyd.js';

/** Options of placeStations. */
export interface PlaceOptions {
  /** Lloyd iterations (default 40: the layout stops moving by then). */
  iterations?: number;
  /** Raster cell in km (default: 1/150 of the district's longer side). */
  cellKm?: number;
}

/**
 * Place n stations inside a district as a planner would spread them: seeded random cells of
 * the district, then Lloyd relaxation (each station moves to the centroid of the cells nearest
 * to it, Lloyd 1982), which converges to a centroidal Voronoi layout where every station serves
 * a compact, similar-sized patch. Same feature, n and seed give the same layout everywhere.
 * Returned positions are GCJ-02 [lon, lat] rounded to 5 decimals, nearest the district's area
 * centroid first (the natural place for a central station).
 */
export function placeStations(
  feature: AreaFeature,
  n: number,
  seed: number,
  options: PlaceOptions = {},
): [number, number][] {
  // North up, as the sample feeds were placed: a seed keeps giving the same sites.
  const region = projectRegion([feature], undefined, 0);
  const [x0, y0, x1, y1] = region.bbox;
  const grid = buildGrid(region, options.cellKm ?? Math.max(x1 - x0, y1 - y0) / 150);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k < grid.district.length; k++) {
    if (grid.district[k] !== 0) continue;
    xs.push(grid.x0 + ((k % grid.nx) + 0.5) * grid.cellKm);
    ys.push(grid.y0 + (Math.floor(k / grid.nx) + 0.5) * grid.cellKm);
  }
  if (xs.length < n) throw new RangeError(`district too small for ${n} stations at this cell size`);
  const cells = { xs: Float64Array.from(xs), ys: Float64Array.from(ys) };
  const random = mulberry32(seed);
  const chosen = new Set<number>();
  while (chosen.size < n) chosen.add(Math.floor(random() * xs.length));
  const sites = [...chosen].map((k) => [xs[k] as number, ys[k] as number] as [number, number]);
  const relaxed = lloyd(cells, sites, options.iterations ?? 40);
  const cx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const cy = ys.reduce((a, b) => a + b, 0) / ys.length;
  relaxed.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
  return relaxed.map(([x, y]) => {
    const [lon, lat] = region.projection.inverse(x, y);
    return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
  });
}
