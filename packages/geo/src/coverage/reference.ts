import { centreRange } from './grid.js';
import type { PlaneRegion } from './region.js';
import { scanRows } from './scan-rows.js';
import { type Station, stationGcj02, stationRadiusKm } from './station.js';

/** Cell counts of a fine reference raster: per district, all cells and covered cells. */
export interface ReferenceCount {
  /** Cells per district. */
  cells: Float64Array;
  /** Cells reached by at least one station, per district. */
  covered: Float64Array;
  /** Cell side, km. */
  cellKm: number;
}

/**
 * The answer a raster of `cellKm` cells (10 m by default) would give, without storing it.
 * Row by row, the district is a set of spans (from its edge crossings) and the discs are a set
 * of intervals [x − w, x + w]; after merging the intervals, the covered cells of the row are
 * the cell centres inside both, counted in closed form. The cost is rows × (crossings + discs),
 * not rows × columns: a 10 m raster of a county has ~10⁷ cells but only ~4·10³ rows.
 */
export function referenceCount(
  region: PlaneRegion,
  stations: readonly Station[],
  cellKm = 0.01,
): ReferenceCount {
  const [minX, minY, maxX, maxY] = region.bbox;
  const nx = Math.ceil((maxX - minX) / cellKm);
  const ny = Math.ceil((maxY - minY) / cellKm);
  const x0 = minX;
  const yc0 = minY + cellKm / 2;
  const discs = stations.map((s) => {
    const [x, y] = region.projection.forward(...stationGcj02(s));
    return { x, y, r: stationRadiusKm(s) };
  });
  // Bucket discs by the rows they reach so each row sees only its own.
  const byRow: number[][] = Array.from({ length: ny }, () => []);
  discs.forEach((d, k) => {
    const j0 = Math.max(0, Math.ceil((d.y - d.r - yc0) / cellKm));
    const j1 = Math.min(ny - 1, Math.floor((d.y + d.r - yc0) / cellKm));
    for (let j = j0; j <= j1; j++) (byRow[j] as number[]).push(k);
  });
  const cells = new Float64Array(region.districts.length);
  const covered = new Float64Array(region.districts.length);
  region.districts.forEach((district, di) => {
    scanRows(district.rings, yc0, cellKm, ny, (j, xs) => {
      const y = yc0 + j * cellKm;
      const intervals = mergedIntervals(byRow[j] as number[], discs, y);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const a = xs[k] as number;
        const b = xs[k + 1] as number;
        const [i0, i1] = centreRange(a, b, x0, cellKm, nx);
        cells[di] = (cells[di] as number) + Math.max(0, i1 - i0 + 1);
        for (let m = 0; m + 1 < intervals.length; m += 2) {
          const lo = Math.max(a, intervals[m] as number);
          const hi = Math.min(b, intervals[m + 1] as number);
          if (lo > hi) continue;
          const [c0, c1] = centreRange(lo, hi, x0, cellKm, nx);
          covered[di] = (covered[di] as number) + Math.max(0, c1 - c0 + 1);
        }
      }
    });
  });
  return { cells, covered, cellKm };
}

/** The union of the discs' chords on the line y, as sorted disjoint [lo, hi] pairs. */
function mergedIntervals(
  ids: readonly number[],
  discs: readonly { x: number; y: number; r: number }[],
  y: number,
): number[] {
  const raw: [number, number][] = [];
  for (const k of ids) {
    const d = discs[k] as { x: number; y: number; r: number };
    const dy = y - d.y;
    const w2 = d.r * d.r - dy * dy;
    if (w2 < 0) continue;
    const w = Math.sqrt(w2);
    raw.push([d.x - w, d.x + w]);
  }
  raw.sort((p, q) => p[0] - q[0]);
  const out: number[] = [];
  for (const [lo, hi] of raw) {
    const last = out.length - 1;
    if (last > 0 && lo <= (out[last] as number)) out[last] = Math.max(out[last] as number, hi);
    else out.push(lo, hi);
  }
  return out;
}
