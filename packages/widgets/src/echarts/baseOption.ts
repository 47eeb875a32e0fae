import type { ChartPalette } from './chartPalette.js';

/** What every chart option starts from: aria on, motion per preference, theme text, HTML tooltip. */
export interface BaseOptionInput {
  palette: ChartPalette;
  /** prefers-reduced-motion: no animation at all. */
  reducedMotion: boolean;
  /** One-sentence description read by screen readers (ECharts aria). */
  description: string;
}

/** The shared top of every option: accessibility, animation, fonts and tooltip look. */
export function baseOption({ palette, reducedMotion, description }: BaseOptionInput) {
  return {
    aria: { enabled: true, label: { enabled: true, description } },
    animation: !reducedMotion,
    animationDuration: reducedMotion ? 0 : 600,
    // A chart draws itself in once; a feed update redraws it in one frame. An animated update
    // repaints every canvas for 400 ms (24 frames; a 4K wall dropped to 41 fps while feeds
    // changed): the numbers that change count up on their KPI cards instead.
    animationDurationUpdate: 0,
    backgroundColor: 'transparent',
    textStyle: { color: palette.text, fontFamily: palette.font, fontSize: 14 },
    tooltip: {
      renderMode: 'html' as const,
      // In the chart's own box, as by default, but named: without a container ECharts reads the
      // chart box's computed position on every update, a forced style pass for each chart a
      // feed update redraws.
      appendTo: (chartBox: HTMLElement) => chartBox,
      // Named, so a page's styles (and tests reading a chart's text) can tell it apart.
      className: 'os-chart-tooltip',
      // Tooltip content comes only from formatters that escape every data string.
      confine: true,
      backgroundColor: palette.panel,
      borderColor: palette.accent,
      textStyle: { color: palette.text, fontFamily: palette.font, fontSize: 14 },
    },
  };
}
