import type { Size } from '../maplayout/types.js';

/** How a trend is drawn at a size. */
export type TrendMode = 'full' | 'compact' | 'spark';

/** The trend chart laid out at one size. */
export interface TrendLayout {
  /** 'full' (legend row, unit row, all ticks), 'compact' (one row, fewer ticks) or 'spark'. */
  mode: TrendMode;
  /** Plot area height, px: what the values are drawn in. */
  plotHeight: number;
  /** Grid margins, px (axis labels are added by ECharts' outerBounds). */
  grid: { left: number; right: number; top: number; bottom: number };
  /** Legend placement, or null for none. */
  legend: { top: number; left?: number | 'center'; right?: number } | null;
  /** Value-axis intervals to aim for (ECharts splitNumber), or null for ECharts' own. */
  splitNumber: number | null;
  /** Width the current-value block takes beside a sparkline, px. */
  nowWidth: number;
}

/** What the trend is laid out from. */
export interface TrendLayoutInput {
  /** The chart body's size, px. */
  size: Size;
  /** Width of the legend drawn in a row, px. */
  legendWidth: number;
  /** Width of the unit label over the value axis, px. */
  unitWidth: number;
}

/**
 * The smallest plot a trend is drawn in with axes: 72 px (at the 1080p design) leaves three
 * value ticks 24 px apart and shows a 5 % change as 4 px. Below it a trend becomes a
 * sparkline with its current value, on purpose, rather than a squashed chart.
 */
export const MIN_PLOT_HEIGHT = 72;
/** Height of the category labels under the plot, px. */
const X_LABELS = 22;
/** One row of legend or unit, px. */
const ROW = 20;
/** The current-value block beside a sparkline, px. */
const NOW_WIDTH = 120;

/**
 * Chooses how to draw a trend in a box: the full chart (legend row above the unit row) when
 * its plot keeps MIN_PLOT_HEIGHT; else one shared row (unit left, legend right) and fewer
 * ticks; else a sparkline beside the current value. Pure.
 */
export function trendLayout({ size, legendWidth, unitWidth }: TrendLayoutInput): TrendLayout {
  const { width: W, height: H } = size;
  const fullPlot = H - 2 * ROW + 4 - X_LABELS - 4;
  if (fullPlot >= MIN_PLOT_HEIGHT)
    return {
      mode: 'full',
      plotHeight: fullPlot,
      grid: { left: 8, right: 12, top: 2 * ROW - 4, bottom: 4 },
      legend: { top: 0, left: 'center' },
      splitNumber: null,
      nowWidth: 0,
    };
  const oneRow = legendWidth + unitWidth + 40 <= W;
  const compactPlot = H - ROW - X_LABELS - 4;
  if (compactPlot >= MIN_PLOT_HEIGHT)
    return {
      mode: 'compact',
      plotHeight: compactPlot,
      grid: { left: 8, right: 12, top: ROW, bottom: 4 },
      legend: oneRow ? { top: 0, right: 0 } : null,
      splitNumber: 2,
      nowWidth: 0,
    };
  return {
    mode: 'spark',
    plotHeight: H - 12,
    grid: { left: 4, right: 4, top: 6, bottom: 6 },
    legend: null,
    splitNumber: null,
    nowWidth: Math.min(NOW_WIDTH, W / 3),
  };
}
