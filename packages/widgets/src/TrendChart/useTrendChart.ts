import { useMemo } from 'react';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { usePalette } from '../echarts/usePalette.js';
import { ofShape } from '../frame/tolerate.js';
import { useLang } from '../i18n/context.js';
import { cleanSeries } from './cleanSeries.js';
import {
  isTrendEmpty,
  type TrendKind,
  type TrendSeries,
  trendOption,
  trendSummary,
  trendTable,
} from './compute.js';
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

/** Option, hidden table, summaries and emptiness of a trend chart, memoised on its inputs. */
export function useTrendChart({
  categories,
  series,
  kind = 'line',
  unit = '',
  title,
}: TrendChartData) {
  const lang = useLang();
  const palette = usePalette();
  const reducedMotion = useReducedMotion();
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
    return {
      option: trendOption(input),
      table: trendTable(input),
      summary: trendSummary(input.series),
      empty: isTrendEmpty(input),
      lang,
    };
  }, [categories, series, kind, unit, name, lang, palette, reducedMotion]);
}
