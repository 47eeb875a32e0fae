import type { GridConfig } from '../config/schema.js';

/**
 * The arrangement for a display of this width/height: the wide grid with the largest
 * `minAspect` the display reaches, else the main grid. A 32:9 wall then gets its panels side by
 * side instead of a stretched 16:9 layout.
 */
export function pickGrid(
  grid: GridConfig,
  wideGrids: readonly (GridConfig & { minAspect: number })[],
  aspect: number,
): GridConfig {
  let best: (GridConfig & { minAspect: number }) | null = null;
  for (const g of wideGrids) {
    if (aspect >= g.minAspect && (!best || g.minAspect > best.minAspect)) best = g;
  }
  return best ?? grid;
}
