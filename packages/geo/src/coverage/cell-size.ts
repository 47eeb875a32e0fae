import type { PlaneDistrict } from './region.js';

/**
 * The covered share the raster may miss by, per district: 0.06 pp, under the promised 0.1 pp
 * with room for layouts worse than the ones measured.
 */
export const TARGET_SHARE_ERROR = 0.0006;

/**
 * Worst counting error, in cells, per √(cells the edges cross): 0.30 at most over 480 random
 * layouts on the 20 counties (1 to 4.5 km reaches, 1 station per 6 to 100 km²; README), taken
 * as 0.35. A cell centre either side of an edge is close to a coin toss (on the turned grid,
 * see GRID_TURN), so the count's error grows like the square root of the cells the edges cross.
 */
const EDGE_NOISE = 0.35;

/** Cells a whole model may spend (6 bytes a cell: district index and station count). */
export const MAX_CELLS = 4e6;

/** Perimeter of a projected district, km (every ring, holes included). */
export function perimeterKm(d: PlaneDistrict): number {
  let sum = 0;
  for (const xy of d.rings) {
    for (let k = 0; k + 3 < xy.length; k += 2) {
      sum += Math.hypot(
        (xy[k + 2] as number) - (xy[k] as number),
        (xy[k + 3] as number) - (xy[k + 1] as number),
      );
    }
  }
  return sum;
}

/**
 * The cell a district needs for its covered share to stay within TARGET_SHARE_ERROR. The count
 * misses by about EDGE_NOISE · √(edge length / s) cells of s² km², so the share misses by
 * EDGE_NOISE · s^1.5 · √L / A, where L is the length of every edge in the district: its border
 * P, and the border of the covered area. Discs of radius ≥ r cannot draw more than about 2 km of
 * covered border per r km² of their reach (the border is longest when discs barely touch), so
 * that border is at most 2 (A + P·r) / r whatever the stations do later (moves, additions).
 */
export function accurateCellKm(d: PlaneDistrict, rMinKm: number): number {
  const perimeter = perimeterKm(d);
  const edges = perimeter + (2 * (d.areaKm2 + perimeter * rMinKm)) / rMinKm;
  return ((TARGET_SHARE_ERROR * d.areaKm2) / (EDGE_NOISE * Math.sqrt(edges))) ** (2 / 3);
}

/** Cells of a district's bounding box at cell side `s`. */
const cellsAt = (d: PlaneDistrict, s: number): number =>
  Math.ceil((d.bbox[2] - d.bbox[0]) / s) * Math.ceil((d.bbox[3] - d.bbox[1]) / s);

/**
 * The cell side of each district: the accurate one, unless the whole model would pass
 * MAX_CELLS; then every district's cell grows by one common factor (found by bisection), so the
 * districts share the loss of accuracy alike. Only models far larger than a city reach that.
 */
export function districtCellSizes(districts: readonly PlaneDistrict[], rMinKm: number): number[] {
  const wanted = districts.map((d) => {
    const s = accurateCellKm(d, rMinKm);
    // A district with no area (a degenerate polygon) still gets a grid, of 200 cells across.
    const span = Math.max(d.bbox[2] - d.bbox[0], d.bbox[3] - d.bbox[1], 1e-6);
    return s > 0 && Number.isFinite(s) ? Math.min(s, span / 8) : span / 200;
  });
  const total = (factor: number) =>
    districts.reduce((n, d, i) => n + cellsAt(d, (wanted[i] as number) * factor), 0);
  if (total(1) <= MAX_CELLS) return wanted;
  let lo = 1;
  let hi = 2;
  while (total(hi) > MAX_CELLS) hi *= 2;
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2;
    if (total(mid) > MAX_CELLS) lo = mid;
    else hi = mid;
  }
  return wanted.map((s) => s * hi);
}
