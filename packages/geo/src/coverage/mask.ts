import type { CoverageModel } from './model.js';

/** One district's cells for drawing: 0 outside, 1 uncovered, 2 covered once, 3 twice or more. */
export interface CoverageMask {
  /** District adcode. */
  districtId: string;
  /** Columns. */
  nx: number;
  /** Rows, listed north to south (image order). */
  ny: number;
  /** Cell side, km. */
  cellKm: number;
  /** One state per cell, row-major, north row first (transferable to a worker or canvas). */
  state: Uint8Array;
  /** [lon, lat] of the raster's north-west, north-east, south-east and south-west corners. */
  corners: [number, number][];
}

/**
 * Each district's raster as an image-ordered state array. Cells are squares on the equal-area
 * plane; on a Mercator map of a county they stay square to within a pixel, so a widget can draw
 * each mask as an image stretched between its `corners`, or place cells by their centres.
 */
export function coverageMasks(model: CoverageModel): CoverageMask[] {
  const inv = model.region.projection.inverse;
  return model.rasters.map(({ grid, tally }, d) => {
    const { nx, ny, district, x0, y0, cellKm } = grid;
    const state = new Uint8Array(nx * ny);
    for (let j = 0; j < ny; j++) {
      const src = j * nx;
      const dst = (ny - 1 - j) * nx;
      for (let i = 0; i < nx; i++) {
        if (district[src + i] !== 0) continue;
        const c = tally.count[src + i] as number;
        state[dst + i] = c === 0 ? 1 : c === 1 ? 2 : 3;
      }
    }
    const x1 = x0 + nx * cellKm;
    const y1 = y0 + ny * cellKm;
    return {
      districtId: model.region.districts[d]?.id ?? '',
      nx,
      ny,
      cellKm,
      state,
      corners: [inv(x0, y1), inv(x1, y1), inv(x1, y0), inv(x0, y0)],
    };
  });
}
