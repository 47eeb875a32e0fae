import type { MapGeometry, PlaneBox } from './geometry.js';

/** Which cells of a coarse grid over the map lie inside some district. */
export interface Occupancy {
  /** Plane box the grid covers. */
  box: PlaneBox;
  /** Side of a square cell, plane units. */
  cell: number;
  /** Columns. */
  cols: number;
  /** Rows. */
  rows: number;
  /** 1 where the cell's centre is inside a district, row by row. */
  cells: Uint8Array;
}

/**
 * Rasterises the districts onto a grid of about `resolution` cells along the longer side, row by
 * row from edge crossings (even-odd, so holes need no winding; districts do not overlap). The
 * layout asks it how much of a legend or summary box would hide land, cheaply, at any size.
 */
export function occupancy(geometry: MapGeometry, resolution = 160): Occupancy {
  const [x0, y0, x1, y1] = geometry.box;
  const span = Math.max(x1 - x0, y1 - y0);
  const cell = Number.isFinite(span) && span > 0 ? span / resolution : 1;
  const cols = Math.max(1, Math.ceil((x1 - x0) / cell) || 1);
  const rows = Math.max(1, Math.ceil((y1 - y0) / cell) || 1);
  const crossings: number[][] = Array.from({ length: rows }, () => []);
  for (const shape of geometry.shapes)
    for (const poly of shape.polygons)
      for (const ring of poly)
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [ax, ay] = ring[j] as [number, number];
          const [bx, by] = ring[i] as [number, number];
          if (ay === by) continue;
          // Rows whose centre line this edge crosses (half-open, so a vertex counts once).
          const lo = Math.max(0, Math.ceil((Math.min(ay, by) - y0) / cell - 0.5));
          const hi = Math.min(rows - 1, Math.ceil((Math.max(ay, by) - y0) / cell - 0.5) - 1);
          for (let r = lo; r <= hi; r++) {
            const y = y0 + (r + 0.5) * cell;
            crossings[r]?.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
          }
        }
  const cells = new Uint8Array(cols * rows);
  crossings.forEach((xs, r) => {
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const from = Math.max(0, Math.ceil(((xs[i] as number) - x0) / cell - 0.5));
      const to = Math.min(cols - 1, Math.floor(((xs[i + 1] as number) - x0) / cell - 0.5));
      for (let c = from; c <= to; c++) cells[r * cols + c] = 1;
    }
  });
  return { box: geometry.box, cell, cols, rows, cells };
}

/**
 * Share (0..1) of the plane rectangle [x, y, w, h] that lies over land, counted on the grid.
 * Cells outside the grid are sea.
 */
export function landShare(occ: Occupancy, x: number, y: number, w: number, h: number): number {
  if (w <= 0 || h <= 0) return 0;
  const c0 = Math.floor((x - occ.box[0]) / occ.cell);
  const c1 = Math.ceil((x + w - occ.box[0]) / occ.cell) - 1;
  const r0 = Math.floor((y - occ.box[1]) / occ.cell);
  const r1 = Math.ceil((y + h - occ.box[1]) / occ.cell) - 1;
  let land = 0;
  let total = 0;
  for (let r = r0; r <= r1; r++)
    for (let c = c0; c <= c1; c++) {
      total += 1;
      if (r >= 0 && r < occ.rows && c >= 0 && c < occ.cols && occ.cells[r * occ.cols + c]) land++;
    }
  return total > 0 ? land / total : 0;
}
