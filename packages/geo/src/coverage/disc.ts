import type { Grid } from './grid.js';

/** A station's disc in grid units: centre (u, v) where cell (i, j) has its centre at (i, j). */
export interface Disc {
  u: number;
  v: number;
  /** Radius in cells. */
  rho: number;
}

/** Place a disc of radius `km` centred at plane point (x, y) on the grid. */
export function discOnGrid(grid: Grid, x: number, y: number, km: number): Disc {
  return {
    u: (x - grid.x0) / grid.cellKm - 0.5,
    v: (y - grid.y0) / grid.cellKm - 0.5,
    rho: km / grid.cellKm,
  };
}

/**
 * Visit every cell whose centre lies in the disc, row by row: on row j the disc spans
 * u ± √(ρ² − (j − v)²), so each row is one run of columns and no cell outside is touched.
 */
export function forEachDiscCell(grid: Grid, d: Disc, visit: (k: number) => void): void {
  const j0 = Math.max(0, Math.ceil(d.v - d.rho));
  const j1 = Math.min(grid.ny - 1, Math.floor(d.v + d.rho));
  for (let j = j0; j <= j1; j++) {
    const dy = j - d.v;
    const w = Math.sqrt(d.rho * d.rho - dy * dy);
    const i0 = Math.max(0, Math.ceil(d.u - w));
    const i1 = Math.min(grid.nx - 1, Math.floor(d.u + w));
    const row = j * grid.nx;
    for (let i = i0; i <= i1; i++) visit(row + i);
  }
}
