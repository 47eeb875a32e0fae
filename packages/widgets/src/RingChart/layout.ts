import type { MeasureText } from '../maplayout/textWidth.js';
import type { Size } from '../maplayout/types.js';

/** Where the ring, its centre text and its legend go at one size. */
export interface RingLayout {
  /** Ring centre, px. */
  center: [number, number];
  /** Inner and outer radius, px. */
  radius: [number, number];
  /** Legend box: top-left corner, the width its texts may take, and its orientation. */
  legend: { left: number; top: number; textWidth: number };
  /** Centre text: where its block starts, the total's size, and whether the caption fits. */
  title: { top: number; fontSize: number; caption: boolean };
  /** 'side' (legend right of the ring) or 'stacked' (legend under it). */
  arrangement: 'side' | 'stacked';
}

/** What the ring is laid out from. */
export interface RingLayoutInput {
  /** The chart's size, px. */
  size: Size;
  /** Each legend entry's text ("已整改 84.3%"). */
  legendTexts: readonly string[];
  /** The total, as shown in the centre. */
  total: string;
  /** The caption under it ("合计 (处)"). */
  caption: string;
  /** Text measure. */
  measure: MeasureText;
}

/** Legend text size, icon side, gap between icon and text, and between entries, px. */
export const RING_LEGEND = { font: 13, icon: 10, iconGap: 5, rowGap: 8 } as const;
const CAPTION_FONT = 12;
const TITLE_GAP = 4;
const EDGE = 4;
const SPACE = 16;
/** Inner radius as a share of the outer. */
const HOLE = 0.72;

/**
 * Lays a ring chart out so nothing meets: the legend beside the ring when the box is wide
 * enough for both, under it otherwise (whichever gives the larger ring); the total sized to
 * fit the hole; the caption kept only when it fits in the hole too. Pure.
 */
export function ringLayout(input: RingLayoutInput): RingLayout {
  const { width: W, height: H } = input.size;
  const { measure } = input;
  const textWidth = Math.ceil(
    Math.max(0, ...input.legendTexts.map((t) => measure(t, RING_LEGEND.font, false))),
  );
  const legendW = RING_LEGEND.icon + RING_LEGEND.iconGap + textWidth;
  const rows = input.legendTexts.length;
  const legendH = rows * (RING_LEGEND.font + 4) + Math.max(0, rows - 1) * RING_LEGEND.rowGap;
  const sideD = Math.min(H - 2 * EDGE, W - 2 * EDGE - SPACE - legendW);
  const stackD = Math.min(W - 2 * EDGE, H - 2 * EDGE - SPACE - legendH);
  const side = sideD >= stackD * 0.85 || stackD < 40;
  const d = Math.max(24, side ? sideD : stackD);
  let center: [number, number];
  let legend: RingLayout['legend'];
  if (side) {
    const x0 = (W - (d + SPACE + legendW)) / 2;
    center = [x0 + d / 2, H / 2];
    legend = { left: x0 + d + SPACE, top: (H - legendH) / 2, textWidth };
  } else {
    const y0 = (H - (d + SPACE + legendH)) / 2;
    center = [W / 2, y0 + d / 2];
    legend = { left: (W - legendW) / 2, top: y0 + d + SPACE, textWidth };
  }
  const outer = d / 2;
  const inner = outer * HOLE;
  // The hole's usable width near its middle; the total takes it up to 30 px.
  const room = inner * 2 * 0.84;
  const perPx = Math.max(1e-6, measure(input.total, 100, true) / 100);
  const fontSize = Math.max(10, Math.min(30, Math.floor(room / perPx)));
  const block = fontSize * 1.2 + TITLE_GAP + CAPTION_FONT * 1.2;
  const caption =
    measure(input.caption, CAPTION_FONT, false) <= room * 0.92 && block <= inner * 2 * 0.8;
  const height = caption ? block : fontSize * 1.2;
  return {
    center,
    radius: [inner, outer],
    legend,
    title: { top: center[1] - height / 2, fontSize, caption },
    arrangement: side ? 'side' : 'stacked',
  };
}

/** The caption's font size and its gap under the total, px (for the option). */
export const RING_CAPTION = { font: CAPTION_FONT, gap: TITLE_GAP } as const;
