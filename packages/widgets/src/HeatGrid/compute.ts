import type { A11yTable } from '../a11y/HiddenTable.js';
import { baseOption } from '../echarts/baseOption.js';
import type { ChartPalette } from '../echarts/chartPalette.js';
import { escapeText } from '../echarts/escapeText.js';
import { formatValue } from '../echarts/formatValue.js';
import type { Lang } from '../i18n/lang.js';
import { heatMessages as m } from './messages.js';

/** Values by weekday (rows, Monday first) and hour (columns 0–23). */
export type WeekHourValues = readonly (readonly (number | null)[])[];

/** Everything the heat grid option is built from. */
export interface HeatInput {
  /** 7 rows (Mon..Sun) × 24 columns (hours 0..23); missing cells count as no data. */
  values: WeekHourValues;
  /** Unit after values. */
  unit: string;
  /** Title for the accessible description and table caption. */
  title: string;
  /** Screen language. */
  lang: Lang;
  /** Theme colours and faces. */
  palette: ChartPalette;
  /** No animation. */
  reducedMotion: boolean;
}

/** Weekday names Monday first, in the screen language. */
export function dayNames(lang: Lang): string[] {
  return m(lang, 'days').split(',');
}

/** Heatmap cells `[hour, day, value]` for every finite value in the 7 × 24 grid. */
export function heatCells(values: WeekHourValues): [number, number, number][] {
  const cells: [number, number, number][] = [];
  for (let day = 0; day < 7; day++) {
    for (let hour = 0; hour < 24; hour++) {
      const v = values[day]?.[hour];
      if (v != null && Number.isFinite(v)) cells.push([hour, day, v]);
    }
  }
  return cells;
}

/** The highest cell (first in week order on ties), or null on an empty grid. */
export function heatPeak(
  values: WeekHourValues,
): { day: number; hour: number; value: number } | null {
  let peak: { day: number; hour: number; value: number } | null = null;
  for (const [hour, day, value] of heatCells(values))
    if (!peak || value > peak.value) peak = { day, hour, value };
  return peak;
}

function slot(lang: Lang, day: number, hour: number): string {
  return m(lang, 'slot', { day: dayNames(lang)[day] ?? '', from: hour, to: hour + 1 });
}

/** The ECharts option of the hour × weekday heat map. */
export function heatOption(input: HeatInput) {
  const { palette, lang, unit } = input;
  const cells = heatCells(input.values);
  const peak = heatPeak(input.values);
  const total = cells.reduce((s, c) => s + c[2], 0);
  const description = m(lang, 'description', {
    title: input.title,
    total: formatValue(total, lang),
    unit,
    peak: peak ? slot(lang, peak.day, peak.hour) : '—',
    value: formatValue(peak?.value ?? null, lang),
  });
  const base = baseOption({ palette, reducedMotion: input.reducedMotion, description });
  const axisLabel = { color: palette.muted, fontSize: 12 };
  return {
    ...base,
    grid: {
      left: 8,
      right: 8,
      top: 8,
      bottom: 40,
      outerBoundsMode: 'same' as const,
      outerBoundsContain: 'axisLabel' as const,
    },
    tooltip: {
      ...base.tooltip,
      trigger: 'item' as const,
      formatter: (p: { value?: [number, number, number] }) => {
        const [hour = 0, day = 0, value = null] = p.value ?? [];
        return `${escapeText(slot(lang, day, hour))}: ${formatValue(value, lang)}${escapeText(unit)}`;
      },
    },
    xAxis: {
      type: 'category' as const,
      data: Array.from({ length: 24 }, (_, h) => String(h)),
      splitArea: { show: false },
      axisLine: { lineStyle: { color: palette.grid } },
      axisLabel: { ...axisLabel, interval: 2 },
    },
    yAxis: {
      type: 'category' as const,
      data: dayNames(lang),
      inverse: true,
      axisLine: { lineStyle: { color: palette.grid } },
      axisLabel,
    },
    visualMap: {
      type: 'continuous' as const,
      min: 0,
      max: Math.max(1, peak?.value ?? 1),
      calculable: false,
      // Ends of the colour scale as numbers, so the colours can be read as values.
      text: [formatValue(Math.max(1, peak?.value ?? 1), lang), '0'],
      orient: 'horizontal' as const,
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      itemWidth: 10,
      textStyle: { color: palette.muted, fontSize: 12 },
      inRange: { color: [palette.panel, palette.accent, palette.warn] },
    },
    series: [
      {
        id: 'heat',
        type: 'heatmap' as const,
        data: cells,
        itemStyle: { borderColor: palette.panel, borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: palette.text, borderWidth: 1 } },
      },
    ],
  };
}

/** The hidden table: a row per weekday, a column per hour. */
export function heatTable(input: Pick<HeatInput, 'values' | 'title' | 'lang'>): A11yTable {
  const { lang } = input;
  const days = dayNames(lang);
  return {
    caption: m(lang, 'caption', { title: input.title }),
    columns: [
      m(lang, 'day'),
      ...Array.from({ length: 24 }, (_, h) => m(lang, 'hour', { hour: h })),
    ],
    rows: days.map((d, day) => [
      d,
      ...Array.from({ length: 24 }, (_, h) => formatValue(input.values[day]?.[h] ?? null, lang)),
    ]),
  };
}
