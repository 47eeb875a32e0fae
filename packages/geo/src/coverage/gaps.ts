import { cellAreaKm2 } from './cell-area.js';
import type { CoverageModel, DistrictRaster } from './model.js';

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

interface Component {
  d: number;
  cells: number;
  /** Mean column and row of the component's cells. */
  ci: number;
  cj: number;
  /** The member cell nearest that mean. */
  anchor: number;
}

/**
 * 4-connected components of uncovered cells in one district's raster, by flood fill with an
 * explicit stack (one pass over the grid, no recursion, so 10⁶ cells cannot overflow the stack).
 */
function components(raster: DistrictRaster, d: number): Component[] {
  const { nx, ny, district } = raster.grid;
  const { count } = raster.tally;
  const seen = new Uint8Array(nx * ny);
  const stack = new Int32Array(nx * ny);
  const out: Component[] = [];
  for (let start = 0; start < district.length; start++) {
    if (district[start] !== 0 || seen[start] || count[start]) continue;
    let top = 0;
    const members: number[] = [];
    const visit = (q: number) => {
      if (seen[q] || district[q] !== 0 || count[q]) return;
      seen[q] = 1;
      stack[top++] = q;
    };
    visit(start);
    let si = 0;
    let sj = 0;
    while (top > 0) {
      const k = stack[--top] as number;
      const i = k % nx;
      const j = (k - i) / nx;
      si += i;
      sj += j;
      members.push(k);
      if (i > 0) visit(k - 1);
      if (i < nx - 1) visit(k + 1);
      if (j > 0) visit(k - nx);
      if (j < ny - 1) visit(k + nx);
    }
    const ci = si / members.length;
    const cj = sj / members.length;
    let anchor = start;
    let best = Infinity;
    for (const k of members) {
      const dist = ((k % nx) - ci) ** 2 + (Math.floor(k / nx) - cj) ** 2;
      if (dist < best) {
        best = dist;
        anchor = k;
      }
    }
    out.push({ d, cells: members.length, ci, cj, anchor });
  }
  return out;
}

/**
 * The largest uncovered gaps, largest first; only those of `districtId` when it is given.
 * A gap is a 4-connected area of uncovered cells within one district.
 */
export function coverageGaps(model: CoverageModel, limit = 10, districtId?: string): CoverageGap[] {
  const { region, rasters } = model;
  const found: Component[] = [];
  rasters.forEach((raster, d) => {
    if (districtId === undefined || region.districts[d]?.id === districtId) {
      found.push(...components(raster, d));
    }
  });
  const area = (c: Component) => c.cells * cellAreaKm2(model, c.d);
  return found
    .sort((a, b) => area(b) - area(a))
    .slice(0, limit)
    .map((c) => {
      const { nx, x0, y0, cellKm } = (rasters[c.d] as DistrictRaster).grid;
      const toLonLat = (i: number, j: number) =>
        region.projection.inverse(x0 + (i + 0.5) * cellKm, y0 + (j + 0.5) * cellKm);
      return {
        districtId: region.districts[c.d]?.id ?? '',
        areaKm2: area(c),
        centroid: toLonLat(c.ci, c.cj),
        anchor: toLonLat(c.anchor % nx, Math.floor(c.anchor / nx)),
      };
    });
}
