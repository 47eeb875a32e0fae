import { cellAreaKm2 } from './cell-area.js';
import { forEachDiscCell } from './disc.js';
import { type CoverageModel, forEachRasterOf } from './model.js';

/** What closing one station would cost. */
export interface StationLoss {
  /** Station id. */
  id: string;
  /** Index in the model's station list. */
  index: number;
  /** Area only this station reaches (it becomes uncovered if the station goes), km². */
  lossKm2: number;
}

/**
 * Stations ranked by the area only they reach: cells of their disc with a count of exactly 1.
 * Removing a station uncovers exactly those cells, so this is the true loss, not an estimate,
 * and it costs one pass over each disc.
 */
export function stationLosses(model: CoverageModel, limit = Infinity): StationLoss[] {
  const out = model.discs.map((disc, index) => {
    let km2 = 0;
    forEachRasterOf(model, disc, ({ grid, tally }, d, r) => {
      const a = cellAreaKm2(model, r);
      forEachDiscCell(grid, d, (k) => {
        if (grid.district[k] === 0 && tally.count[k] === 1) km2 += a;
      });
    });
    return { id: model.stations[index]?.id ?? String(index), index, lossKm2: km2 };
  });
  return out.sort((a, b) => b.lossKm2 - a.lossKm2 || a.index - b.index).slice(0, limit);
}
