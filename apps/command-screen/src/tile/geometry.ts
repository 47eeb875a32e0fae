import type { TileSpec } from '../url/params.js';

/** Where to place the whole wall relative to this tile's viewport, in CSS pixels. */
export interface WallPlacement {
  /** Size of the whole wall if every tile had this viewport. */
  width: number;
  height: number;
  /** Offset of the wall's top-left corner from this viewport's top-left corner. */
  left: number;
  top: number;
}

/**
 * Each tile lays out the whole wall (every display has the same viewport) and shifts it so
 * that only its own share shows. Layout is then identical on every tile, so text, panels and
 * carousel steps line up across the seams without the tiles talking to each other.
 */
export function wallPlacement(
  viewport: { width: number; height: number },
  tile: TileSpec | null,
): WallPlacement {
  if (!tile) return { width: viewport.width, height: viewport.height, left: 0, top: 0 };
  return {
    width: viewport.width * tile.cols,
    height: viewport.height * tile.rows,
    left: -viewport.width * tile.col,
    top: -viewport.height * tile.row,
  };
}
