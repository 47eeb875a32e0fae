import type { PlaneRegion } from './region.js';
import { scanRows } from './scan-rows.js';

/** A square-cell raster over a projected region; every cell covers cellKm² km² of the sphere. */
export interface Grid {
  /** West edge of column 0, in km. */
  x0: number;
  /** South edge of row 0, in km. */
  y0: number;
  /** Cell side in km. */
  cellKm: number;
  /** Columns. */
  nx: number;
  /** Rows, south to north. */
  ny: number;
  /** District index of each cell (by its centre), −1 outside every district. Row-major. */
  district: Int16Array;
  /** Cells per district. */
  cells: Int32Array;
}

/** First and last i whose cell centre x0 + (i + ½)·s lies in [a, b], clipped to 0 … n−1. */
export function centreRange(
  a: number,
  b: number,
  x0: number,
  s: number,
  n: number,
): [number, number] {
  const i0 = Math.max(0, Math.ceil((a - x0) / s - 0.5));
  const i1 = Math.min(n - 1, Math.floor((b - x0) / s - 0.5));
  return [i0, i1];
}

/** Rasterise the districts: a cell belongs to the district that contains its centre. */
export function buildGrid(region: PlaneRegion, cellKm: number): Grid {
  const [minX, minY, maxX, maxY] = region.bbox;
  const nx = Math.max(1, Math.ceil((maxX - minX) / cellKm));
  const ny = Math.max(1, Math.ceil((maxY - minY) / cellKm));
  // Centre the raster on the bbox so the margins are even.
  const x0 = (minX + maxX - nx * cellKm) / 2;
  const y0 = (minY + maxY - ny * cellKm) / 2;
  const district = new Int16Array(nx * ny).fill(-1);
  const cells = new Int32Array(region.districts.length);
  region.districts.forEach((d, index) => {
    scanRows(d.rings, y0 + cellKm / 2, cellKm, ny, (j, xs) => {
      const row = j * nx;
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const [i0, i1] = centreRange(xs[k] as number, xs[k + 1] as number, x0, cellKm, nx);
        for (let i = i0; i <= i1; i++) {
          // Shared borders: the later district takes the cell, and the tallies follow.
          const prev = district[row + i] as number;
          if (prev >= 0) cells[prev] = (cells[prev] as number) - 1;
          cells[index] = (cells[index] as number) + 1;
          district[row + i] = index;
        }
      }
    });
  });
  return { x0, y0, cellKm, nx, ny, district, cells };
}
