import { useMemo } from 'react';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { usePalette } from '../echarts/usePalette.js';
import { useTextMeasure } from '../echarts/useTextMeasure.js';
import { ofShape } from '../frame/tolerate.js';
import { useLang } from '../i18n/context.js';
import type { Size } from '../maplayout/types.js';
import { cleanSeries } from './cleanSeries.js';
import {
  isTrendEmpty,
  TREND_LEGEND,
  type TrendKind,
  type TrendSeries,
  trendLatest,
  trendLegendNames,
  trendOption,
  trendSummary,
  trendTable,
} from './compute.js';
import { trendLayout } from './layout.js';
import { trendMessages } from './messages.js';

/** Inputs of useTrendChart (the data props of TrendChart). */
export interface TrendChartData {
  /** Period labels. */
  categories: readonly string[];
  /** Series with optional previous-year values. */
  series: readonly TrendSeries[];
  /** Default kind; 'line' when omitted. */
  kind?: TrendKind | undefined;
  /** Unit after values. */
  unit?: string | undefined;
  /** One-line title. */
  title?: string | undefined;
}

/**
 * Option, layout, hidden table, summaries and emptiness of a trend chart at a size, memoised on
 * its inputs. No option until the size is known: the chart is laid out for it (full, compact
 * or sparkline, see trendLayout).
 */
export function useTrendChart(
  { categories, series, kind = 'line', unit = '', title }: TrendChartData,
  size: Size | null = null,
) {
  const lang = useLang();
  const palette = usePalette();
  const reducedMotion = useReducedMotion();
  const measure = useTextMeasure(palette.font);
  const name = title ?? trendMessages(lang, 'untitled');
  return useMemo(() => {
    // Hooks are public too: a caller's malformed data reads as no data, not as a throw.
    const input = {
      categories: (ofShape(categories, 'list') as unknown[]).map(String),
      series: cleanSeries(series),
      kind,
      unit,
      title: name,
      lang,
      palette,
      reducedMotion,
    };
    const names = trendLegendNames(input);
    const layout = size
      ? trendLayout({
          size,
          legendWidth: names.reduce(
            (w, n) =>
              w + TREND_LEGEND.icon + 5 + measure(n, TREND_LEGEND.font, false) + TREND_LEGEND.gap,
            0,
          ),
          unitWidth: measure(unit, 12, false),
        })
      : null;
    return {
      option: layout ? trendOption(input, layout) : null,
      layout,
      latest: trendLatest(input),
      table: trendTable(input),
      summary: trendSummary(input.series),
      empty: isTrendEmpty(input),
      lang,
    };
  }, [categories, series, kind, unit, name, lang, palette, reducedMotion, size, measure]);
}
