import type { CoverageModel } from './model.js';

/**
 * km² one cell of district d stands for: the polygon's area over its cell count. On an
 * equal-area plane this is cellKm² up to the raggedness of the border, and using it keeps
 * gaps and losses summing to the same totals as the summary.
 */
export function cellAreaKm2(model: CoverageModel, d: number): number {
  const cells = model.grid.cells[d] as number;
  const district = model.region.districts[d];
  if (!district || cells === 0) return model.grid.cellKm ** 2;
  return district.areaKm2 / cells;
}
