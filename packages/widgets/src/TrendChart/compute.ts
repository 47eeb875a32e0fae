import type { A11yTable } from '../a11y/HiddenTable.js';
import { baseOption } from '../echarts/baseOption.js';
import { type ChartPalette, seriesColor } from '../echarts/chartPalette.js';
import { escapeText } from '../echarts/escapeText.js';
import { formatChange, formatValue } from '../echarts/formatValue.js';
import type { Lang } from '../i18n/lang.js';
import { trendMessages as m } from './messages.js';

/** How a series is drawn. */
export type TrendKind = 'line' | 'bar' | 'area';

/** One series of a trend: a value per category, and optionally the same periods a year earlier. */
export interface TrendSeries {
  /** Series name (feed text; shown as text only). */
  name: string;
  /** One value per category; null where missing. */
  values: readonly (number | null)[];
  /** Values of the same periods of the previous year, aligned with `values`, for the YoY overlay. */
  previous?: readonly (number | null)[] | undefined;
  /** Legend name of the previous-year overlay; '<name>（去年同期）' by default. */
  previousName?: string | undefined;
  /** Overrides the chart's kind for this series. */
  kind?: TrendKind | undefined;
}

/** Everything the trend option is built from. */
export interface TrendInput {
  /** Category labels (periods such as '1月' or '2022-01'). */
  categories: readonly string[];
  /** The series, drawn in order. */
  series: readonly TrendSeries[];
  /** Default kind of every series. */
  kind: TrendKind;
  /** Unit after every value ('件', '%'). */
  unit: string;
  /** Title used for the accessible description and the table caption. */
  title: string;
  /** Screen language. */
  lang: Lang;
  /** Theme colours and faces. */
  palette: ChartPalette;
  /** No animation. */
  reducedMotion: boolean;
}

/** Per-series totals and the year-on-year change of the periods both years report. */
export interface TrendSummary {
  /** Series name. */
  name: string;
  /** Sum of the current values. */
  total: number;
  /** (current − previous) / previous over periods present in both years; null without a base. */
  change: number | null;
}

/**
 * Year-on-year change over the periods that both years report, so a month missing from
 * either year does not inflate or deflate the comparison.
 */
export function yoyChange(
  values: readonly (number | null)[],
  previous: readonly (number | null)[],
): number | null {
  let now = 0;
  let before = 0;
  let pairs = 0;
  values.forEach((v, i) => {
    const p = previous[i];
    if (v == null || p == null || !Number.isFinite(v) || !Number.isFinite(p)) return;
    now += v;
    before += p;
    pairs += 1;
  });
  if (pairs === 0 || before === 0) return null;
  return (now - before) / before;
}

/** Totals and YoY change per series. */
export function trendSummary(series: readonly TrendSeries[]): TrendSummary[] {
  return series.map((s) => ({
    name: s.name,
    total: s.values.reduce<number>((sum, v) => sum + (v != null && Number.isFinite(v) ? v : 0), 0),
    change: s.previous ? yoyChange(s.values, s.previous) : null,
  }));
}

/** True when there is nothing to draw: no categories or no finite value in any series. */
export function isTrendEmpty(input: Pick<TrendInput, 'categories' | 'series'>): boolean {
  return (
    input.categories.length === 0 ||
    !input.series.some((s) => s.values.some((v) => v != null && Number.isFinite(v)))
  );
}

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

interface AxisParam {
  dataIndex: number;
}

/**
 * Tooltip for one period: every series value, then each series' change against the same
 * period last year. Returns HTML, so every name passes through escapeText.
 */
export function trendTooltip(input: Pick<TrendInput, 'categories' | 'series' | 'unit' | 'lang'>) {
  const { categories, series, unit, lang } = input;
  const u = escapeText(unit);
  return (raw: unknown): string => {
    const first = (Array.isArray(raw) ? raw[0] : raw) as AxisParam | undefined;
    const i = first?.dataIndex ?? 0;
    const lines = [`<b>${escapeText(categories[i])}</b>`];
    for (const s of series) {
      const v = s.values[i] ?? null;
      let line = `${escapeText(s.name)}: ${formatValue(v, lang)}${u}`;
      if (s.previous) {
        const p = s.previous[i] ?? null;
        const change = v != null && p != null && p !== 0 ? (v - p) / p : null;
        line += ` · ${m(lang, 'yoy')} ${formatChange(change, lang)} (${formatValue(p, lang)}${u})`;
      }
      lines.push(line);
    }
    return lines.join('<br/>');
  };
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

/** The hidden table: one row per period, a column per series and per previous-year series. */
export function trendTable(
  input: Pick<TrendInput, 'categories' | 'series' | 'title' | 'lang'>,
): A11yTable {
  const { lang } = input;
  const columns = [m(lang, 'period')];
  for (const s of input.series) columns.push(s.name);
  for (const s of input.series)
    if (s.previous) columns.push(s.previousName ?? m(lang, 'previous', { name: s.name }));
  const rows = input.categories.map((c, i) => {
    const row: (string | number)[] = [c];
    for (const s of input.series) row.push(formatValue(s.values[i] ?? null, lang));
    for (const s of input.series)
      if (s.previous) row.push(formatValue(s.previous[i] ?? null, lang));
    return row;
  });
  return { caption: m(lang, 'caption', { title: input.title }), columns, rows };
}
