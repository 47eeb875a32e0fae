import type { CoverageModel } from './model.js';

/**
 * km² one cell of district d stands for: the polygon's area over its cell count. On an
 * equal-area plane this is cellKm² up to the raggedness of the border, and using it keeps
 * gaps and losses summing to the same totals as the summary.
 */
export function cellAreaKm2(model: CoverageModel, d: number): number {
  const grid = model.rasters[d]?.grid;
  const district = model.region.districts[d];
  if (!grid) return 0;
  const cells = grid.cells[0] as number;
  if (!district || cells === 0) return grid.cellKm ** 2;
  return district.areaKm2 / cells;
}
