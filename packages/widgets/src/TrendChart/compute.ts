import { formatGrouped, formatPercent } from '@onescreen/core';
import { baseOption } from '../echarts/baseOption.js';
import { seriesColor } from '../echarts/chartPalette.js';
import { translate } from '../i18n/messages.js';
import type { TrendLayout } from './layout.js';
import { trendMessages as m } from './messages.js';
import { trendTooltip } from './tooltip.js';
import type { TrendInput } from './types.js';
import { trendSummary } from './yoy.js';

export { trendTable } from './table.js';

/** Legend text size, icon width and gap between entries, px. */
export const TREND_LEGEND = { font: 13, icon: 14, gap: 10 } as const;
export { trendTooltip } from './tooltip.js';
export type { TrendInput, TrendKind, TrendSeries, TrendSummary } from './types.js';
export { isTrendEmpty, trendSummary, yoyChange } from './yoy.js';

/** The series entries of the option: current series first, then their previous-year overlays. */
function seriesOptions(input: TrendInput, spark: boolean) {
  const { palette, lang } = input;
  const current = input.series.map((s, i) => {
    const kind = s.kind ?? input.kind;
    const color = seriesColor(palette, i);
    return {
      id: `s${i}`,
      name: s.name,
      type: kind === 'bar' ? ('bar' as const) : ('line' as const),
      data: [...s.values],
      itemStyle: { color },
      lineStyle: { color, width: spark ? 2 : 3 },
      symbolSize: spark ? 3 : 6,
      barMaxWidth: 18,
      ...(kind === 'area' ? { areaStyle: { color, opacity: 0.22 } } : {}),
    };
  });
  const overlays = input.series.flatMap((s, i) => {
    if (!s.previous) return [];
    const kind = s.kind ?? input.kind;
    const color = seriesColor(palette, i);
    return [
      {
        id: `p${i}`,
        name: s.previousName ?? m(lang, 'previous', { name: s.name }),
        type: kind === 'bar' ? ('bar' as const) : ('line' as const),
        data: [...s.previous],
        itemStyle: { color, opacity: 0.4 },
        lineStyle: { color, width: 2, type: 'dashed' as const, opacity: 0.7 },
        symbol: 'none',
        barMaxWidth: 18,
      },
    ];
  });
  return [...current, ...overlays];
}

/** The legend's entries: every series, then every previous-year overlay. */
export function trendLegendNames(input: Pick<TrendInput, 'series' | 'lang'>): string[] {
  return [
    ...input.series.map((s) => s.name),
    ...input.series.flatMap((s) =>
      s.previous ? [s.previousName ?? m(input.lang, 'previous', { name: s.name })] : [],
    ),
  ];
}

/** The latest period with a value in the first series, and that value: what a sparkline states. */
export function trendLatest(
  input: Pick<TrendInput, 'categories' | 'series'>,
): { category: string; value: number } | null {
  const values = input.series[0]?.values ?? [];
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (v != null && Number.isFinite(v)) return { category: input.categories[i] ?? '', value: v };
  }
  return null;
}

/**
 * The ECharts option of a trend chart at one layout (pure: data in, option out). A sparkline
 * keeps the lines and the tooltip and drops axes and legend; the widget states the current
 * value beside it.
 */
export function trendOption(input: TrendInput, layout: TrendLayout) {
  const { palette, lang, unit } = input;
  const summary = trendSummary(input.series);
  const description = m(lang, 'description', {
    title: input.title,
    series: summary
      .map((s) =>
        m(lang, s.change == null ? 'seriesPlain' : 'seriesSummary', {
          name: s.name,
          total: formatGrouped(s.total, lang),
          unit,
          change: formatPercent(s.change, lang),
        }),
      )
      .join(translate(lang, 'list.separator')),
  });
  const base = baseOption({ palette, reducedMotion: input.reducedMotion, description });
  const axisLabel = { color: palette.muted, fontSize: 12, fontFamily: palette.font };
  const spark = layout.mode === 'spark';
  return {
    ...base,
    color: [...palette.series],
    grid: {
      ...layout.grid,
      outerBoundsMode: 'same' as const,
      outerBoundsContain: 'axisLabel' as const,
    },
    legend: {
      show: layout.legend !== null,
      ...(layout.legend ?? {}),
      padding: 0,
      textStyle: { color: palette.text, fontSize: TREND_LEGEND.font },
      itemWidth: TREND_LEGEND.icon,
      itemHeight: 8,
      itemGap: TREND_LEGEND.gap,
    },
    tooltip: { ...base.tooltip, trigger: 'axis' as const, formatter: trendTooltip(input) },
    xAxis: {
      show: !spark,
      type: 'category' as const,
      data: [...input.categories],
      boundaryGap: input.kind === 'bar' || input.series.some((s) => s.kind === 'bar'),
      axisLine: { lineStyle: { color: palette.grid } },
      axisLabel: { ...axisLabel, hideOverlap: true },
    },
    yAxis: {
      show: !spark,
      // A sparkline spans its own range, so a change is visible; an axis starts at zero.
      scale: spark,
      ...(layout.splitNumber ? { splitNumber: layout.splitNumber } : {}),
      type: 'value' as const,
      name: unit,
      nameGap: 8,
      nameTextStyle: { color: palette.muted, fontSize: 12 },
      splitLine: { lineStyle: { color: palette.grid, type: 'dashed' as const } },
      axisLabel: { ...axisLabel, fontFamily: palette.numberFont },
    },
    series: seriesOptions(input, spark),
  };
}
