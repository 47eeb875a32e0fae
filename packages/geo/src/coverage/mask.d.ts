import type { CoverageModel } from './model.js';
/** Per-cell coverage states for drawing: 0 outside, 1 uncovered, 2 covered once, 3 twice or more. */
export interface CoverageMask {
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
 * The raster as an image-ordered state array. Its cells are squares on the equal-area plane;
 * on a Mercator map of a county they stay square to within a pixel, so a widget can draw the
 * mask as an image stretched between `corners`, or place the cells it needs by their centres.
 */
export declare function coverageMask(model: CoverageModel): CoverageMask;
//# sourceMappingURL=mask.d.ts.map