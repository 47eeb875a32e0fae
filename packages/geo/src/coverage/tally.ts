import { type Disc, forEachDiscCell } from './disc.js';
import type { Grid } from './grid.js';

/**
 * How many stations reach each cell, and per district how many cells have ≥ 1 and ≥ 2.
 * The per-district tallies change only when a cell's count crosses 0↔1 or 1↔2, so adding or
 * removing one disc updates them by touching that disc's cells alone: a move costs two discs,
 * not a recount of the grid.
 */
export interface Tally {
  /**
   * Stations reaching each cell (cells outside every district stay 0). 32 bits: a 16-bit count
   * wrapped to 0 past 65,535 stations on one cell and then counted the cell covered twice.
   */
  count: Uint32Array;
  /** Cells with count ≥ 1, per district. */
  covered: Int32Array;
  /** Cells with count ≥ 2, per district. */
  multi: Int32Array;
}

/** An empty tally for a grid with `districts` districts. */
export function emptyTally(grid: Grid, districts: number): Tally {
  return {
    count: new Uint32Array(grid.nx * grid.ny),
    covered: new Int32Array(districts),
    multi: new Int32Array(districts),
  };
}

/** Add one disc to the tally. */
export function addDisc(grid: Grid, t: Tally, d: Disc): void {
  const { district } = grid;
  const { count, covered, multi } = t;
  forEachDiscCell(grid, d, (k) => {
    const di = district[k] as number;
    if (di < 0) return;
    const c = count[k] as number;
    count[k] = c + 1;
    if (c === 0) covered[di] = (covered[di] as number) + 1;
    else if (c === 1) multi[di] = (multi[di] as number) + 1;
  });
}

/** Remove one disc previously added. */
export function removeDisc(grid: Grid, t: Tally, d: Disc): void {
  const { district } = grid;
  const { count, covered, multi } = t;
  forEachDiscCell(grid, d, (k) => {
    const di = district[k] as number;
    if (di < 0) return;
    const c = count[k] as number;
    count[k] = c - 1;
    if (c === 1) covered[di] = (covered[di] as number) - 1;
    else if (c === 2) multi[di] = (multi[di] as number) - 1;
  });
}
