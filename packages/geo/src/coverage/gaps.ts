import { cellAreaKm2 } from './cell-area.js';
import type { CoverageModel } from './model.js';

/** A connected area of one district that no station reaches. */
export interface CoverageGap {
  /** District adcode. */
  districtId: string;
  /** Area of the gap, km². */
  areaKm2: number;
  /** Area centroid [lon, lat] (GCJ-02); for a curved gap it can fall just outside it. */
  centroid: [number, number];
  /** The gap's own cell nearest the centroid [lon, lat]: always inside, good for a marker. */
  anchor: [number, number];
}

/**
 * The largest uncovered gaps, largest first; only those of `districtId` when it is given.
 * Gaps are 4-connected components of uncovered cells within one district, found by a flood
 * fill with an explicit stack (one pass over the grid, no recursion, so a 10⁶-cell region
 * cannot overflow the call stack).
 */
export function coverageGaps(model: CoverageModel, limit = 10, districtId?: string): CoverageGap[] {
  const { grid, tally, region } = model;
  const { nx, ny, district, x0, y0, cellKm } = grid;
  const seen = new Uint8Array(nx * ny);
  const stack = new Int32Array(nx * ny);
  const found: { d: number; cells: number; sx: number; sy: number; members: number[] }[] = [];
  for (let start = 0; start < district.length; start++) {
    const d = district[start] as number;
    if (d < 0 || seen[start] || tally.count[start]) continue;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    let cells = 0;
    let sx = 0;
    let sy = 0;
    const members: number[] = [];
    const visit = (q: number) => {
      if (seen[q] || district[q] !== d || tally.count[q]) return;
      seen[q] = 1;
      stack[top++] = q;
    };
    while (top > 0) {
      const k = stack[--top] as number;
      const i = k % nx;
      const j = (k - i) / nx;
      cells++;
      sx += i;
      sy += j;
      members.push(k);
      // The four neighbours, skipping those off the grid's edges.
      if (i > 0) visit(k - 1);
      if (i < nx - 1) visit(k + 1);
      if (j > 0) visit(k - nx);
      if (j < ny - 1) visit(k + nx);
    }
    found.push({ d, cells, sx, sy, members });
  }
  const toLonLat = (i: number, j: number) =>
    region.projection.inverse(x0 + (i + 0.5) * cellKm, y0 + (j + 0.5) * cellKm);
  const only = districtId === undefined ? -1 : region.districts.findIndex((x) => x.id === districtId);
  if (districtId !== undefined && only < 0) return [];
  return found
    .filter((g) => only < 0 || g.d === only)
    .sort((a, b) => b.cells * cellAreaKm2(model, b.d) - a.cells * cellAreaKm2(model, a.d))
    .slice(0, limit)
    .map((g) => {
      const ci = g.sx / g.cells;
      const cj = g.sy / g.cells;
      let best = g.members[0] as number;
      let bd = Infinity;
      for (const k of g.members) {
        const dist = ((k % nx) - ci) ** 2 + (Math.floor(k / nx) - cj) ** 2;
        if (dist < bd) {
          bd = dist;
          best = k;
        }
      }
      return {
        districtId: region.districts[g.d]?.id ?? '',
        areaKm2: g.cells * cellAreaKm2(model, g.d),
        centroid: toLonLat(ci, cj),
        anchor: toLonLat(best % nx, Math.floor(best / nx)),
      };
    });
}
