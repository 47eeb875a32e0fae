import type { LevelColors, ThemeTokens } from '../theme/tokens.js';

/**
 * The colours and faces a chart option needs, taken from the theme tokens. Options carry
 * these colours themselves, so switching theme is a setOption on the same instance.
 */
export interface ChartPalette {
  /** Main text colour. */
  text: string;
  /** Secondary text: axis labels, units. */
  muted: string;
  /** Axis lines and split lines. */
  grid: string;
  /** Panel background, used where a shape must look cut out (ring gaps, tooltip). */
  panel: string;
  /** Structural accent (cyan on the dark theme). */
  accent: string;
  /** Better than before. */
  good: string;
  /** Worse than before. */
  bad: string;
  /** Needs attention. */
  warn: string;
  /** Categorical colours for series, in order. */
  series: readonly string[];
  /** Level colours: supervision lights and alert levels. */
  level: LevelColors;
  /** Body font stack. */
  font: string;
  /** Tabular numeric font stack. */
  numberFont: string;
}

/** Colour of series `index`, cycling through the palette. */
export function seriesColor(palette: ChartPalette, index: number): string {
  const list = palette.series;
  return list.length === 0 ? palette.accent : (list[index % list.length] ?? palette.accent);
}

/** The chart palette of a theme's tokens. */
export function chartPalette(tokens: ThemeTokens): ChartPalette {
  const c = tokens.colors;
  return {
    text: c.text,
    muted: c.muted,
    grid: c.grid,
    panel: c.panel,
    accent: c.accent,
    good: c.good,
    bad: c.bad,
    warn: c.warn,
    series: c.series,
    level: c.level,
    font: tokens.fonts.text,
    numberFont: tokens.fonts.number,
  };
}
