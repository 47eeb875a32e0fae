import { baseOption } from '../echarts/baseOption.js';
import { seriesColor } from '../echarts/chartPalette.js';
import { formatChange, formatValue } from '../echarts/formatValue.js';
import { trendMessages as m } from './messages.js';
import { trendTooltip } from './tooltip.js';
import type { TrendInput } from './types.js';
import { trendSummary } from './yoy.js';

export { trendTable } from './table.js';
export { trendTooltip } from './tooltip.js';
export type { TrendInput, TrendKind, TrendSeries, TrendSummary } from './types.js';
export { isTrendEmpty, trendSummary, yoyChange } from './yoy.js';

/** The series entries of the option: current series first, then their previous-year overlays. */
function seriesOptions(input: TrendInput) {
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
      lineStyle: { color, width: 3 },
      symbolSize: 6,
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

/** The ECharts option of a trend chart (pure: data in, option out). */
export function trendOption(input: TrendInput) {
  const { palette, lang, unit } = input;
  const summary = trendSummary(input.series);
  const description = m(lang, 'description', {
    title: input.title,
    series: summary
      .map((s) =>
        m(lang, s.change == null ? 'seriesPlain' : 'seriesSummary', {
          name: s.name,
          total: formatValue(s.total, lang),
          unit,
          change: formatChange(s.change, lang),
        }),
      )
      .join(lang === 'en' ? '; ' : '；'),
  });
  const base = baseOption({ palette, reducedMotion: input.reducedMotion, description });
  const axisLabel = { color: palette.muted, fontSize: 12, fontFamily: palette.font };
  return {
    ...base,
    color: [...palette.series],
    grid: {
      left: 8,
      right: 12,
      top: 36,
      bottom: 4,
      outerBoundsMode: 'same' as const,
      outerBoundsContain: 'axisLabel' as const,
    },
    legend: {
      top: 0,
      textStyle: { color: palette.text, fontSize: 13 },
      itemWidth: 14,
      itemHeight: 8,
    },
    tooltip: { ...base.tooltip, trigger: 'axis' as const, formatter: trendTooltip(input) },
    xAxis: {
      type: 'category' as const,
      data: [...input.categories],
      boundaryGap: input.kind === 'bar' || input.series.some((s) => s.kind === 'bar'),
      axisLine: { lineStyle: { color: palette.grid } },
      axisLabel,
    },
    yAxis: {
      type: 'value' as const,
      name: unit,
      nameTextStyle: { color: palette.muted, fontSize: 12 },
      splitLine: { lineStyle: { color: palette.grid, type: 'dashed' as const } },
      axisLabel: { ...axisLabel, fontFamily: palette.numberFont },
    },
    series: seriesOptions(input),
  };
}
