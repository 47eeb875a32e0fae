import { formatGrouped } from '@onescreen/core';
import type { A11yTable } from '../a11y/HiddenTable.js';
import { baseOption } from '../echarts/baseOption.js';
import type { ChartPalette } from '../echarts/chartPalette.js';
import { escapeText } from '../echarts/escapeText.js';
import type { Lang } from '../i18n/lang.js';
import { heatMessages as m } from './messages.js';

/** Values by row and column: by default weekday (rows, Monday first) and hour (columns 0–23). */
export type WeekHourValues = readonly (readonly (number | null)[])[];

/** Everything the heat grid option is built from. */
export interface HeatInput {
  /** 7 rows (Mon..Sun) × 24 columns (hours 0..23) unless labelled otherwise; missing cells count as no data. */
  values: WeekHourValues;
  /** Row names (default: the weekdays). */
  rowLabels?: readonly string[] | undefined;
  /** Column names (default: the hours 0–23). */
  columnLabels?: readonly string[] | undefined;
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

/** Widest a row name may run before it wraps, px (8 em of the 12 px axis text). */
export const HEAT_ROW_LABEL_WIDTH = 96;

/** Height of one row of the grid in a chart `height` px tall (0 when unknown). */
function rowRoom(height: number, rows: number): number {
  // Grid margins: 8 above, 40 below for the colour scale, about 18 for the column labels.
  return rows > 0 ? Math.max(0, height - 8 - 40 - 18) / rows : 0;
}

/** Row and column names of a grid: the given labels, or weekdays and hours. */
export function heatAxes(input: Pick<HeatInput, 'rowLabels' | 'columnLabels' | 'lang'>) {
  return {
    rows: input.rowLabels ?? dayNames(input.lang),
    columns: input.columnLabels ?? Array.from({ length: 24 }, (_, h) => String(h)),
    custom: input.rowLabels !== undefined || input.columnLabels !== undefined,
  };
}

/** Heatmap cells `[column, row, value]` for every finite value of the grid (7 × 24 by default). */
export function heatCells(
  values: WeekHourValues,
  rows = 7,
  columns = 24,
): [number, number, number][] {
  const cells: [number, number, number][] = [];
  for (let day = 0; day < rows; day++) {
    for (let hour = 0; hour < columns; hour++) {
      const v = values[day]?.[hour];
      if (v != null && Number.isFinite(v)) cells.push([hour, day, v]);
    }
  }
  return cells;
}

/** The highest cell (first in week order on ties), or null on an empty grid. */
export function heatPeak(
  values: WeekHourValues,
  rows = 7,
  columns = 24,
): { day: number; hour: number; value: number } | null {
  let peak: { day: number; hour: number; value: number } | null = null;
  for (const [hour, day, value] of heatCells(values, rows, columns))
    if (!peak || value > peak.value) peak = { day, hour, value };
  return peak;
}

function slot(
  input: Pick<HeatInput, 'rowLabels' | 'columnLabels' | 'lang'>,
  day: number,
  hour: number,
): string {
  const axes = heatAxes(input);
  if (axes.custom) return `${axes.rows[day] ?? ''} · ${axes.columns[hour] ?? ''}`;
  return m(input.lang, 'slot', { day: axes.rows[day] ?? '', from: hour, to: hour + 1 });
}

/** The colour scale's top: the peak cell, at least 1 so an all-zero grid still has a scale. */
const heatMax = (peak: { value: number } | null) => Math.max(1, peak?.value ?? 1);

/** The colours of the scale, from no cases to the peak. */
const scaleColors = (palette: ChartPalette) =>
  [palette.panel, palette.accent, palette.warn] as const;

/** The key of the colour scale, drawn under the grid: its two ends as numbers and its colours. */
export interface HeatLegend {
  /** The low end's number (0). */
  low: string;
  /** The high end's number (the peak cell). */
  high: string;
  /** The colours from low to high. */
  colors: readonly string[];
  /** The numbers' colour and face. */
  text: { color: string; font: string };
}

/** The key of a grid's colour scale, in the screen language. */
export function heatLegend(
  input: Pick<HeatInput, 'values' | 'lang' | 'palette' | 'rowLabels' | 'columnLabels'>,
): HeatLegend {
  const axes = heatAxes(input);
  const peak = heatPeak(input.values, axes.rows.length, axes.columns.length);
  const { palette } = input;
  return {
    low: formatGrouped(0, input.lang),
    high: formatGrouped(heatMax(peak), input.lang),
    colors: scaleColors(palette),
    text: { color: palette.muted, font: palette.font },
  };
}

/** The ECharts option of the hour × weekday heat map. */
export function heatOption(input: HeatInput, height = 0) {
  const { palette, lang, unit } = input;
  const axes = heatAxes(input);
  const cells = heatCells(input.values, axes.rows.length, axes.columns.length);
  const peak = heatPeak(input.values, axes.rows.length, axes.columns.length);
  const total = cells.reduce((s, c) => s + c[2], 0);
  const description = m(lang, 'description', {
    title: input.title,
    total: formatGrouped(total, lang),
    unit,
    peak: peak ? slot(input, peak.day, peak.hour) : '—',
    value: formatGrouped(peak?.value ?? null, lang),
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
        return `${escapeText(slot(input, day, hour))}: ${formatGrouped(value, lang)}${escapeText(unit)}`;
      },
    },
    xAxis: {
      type: 'category' as const,
      data: [...axes.columns],
      splitArea: { show: false },
      axisLine: { lineStyle: { color: palette.grid } },
      // Hours every other one; any other columns as many as fit, the rest hidden (never drawn
      // over each other: the tooltip and the hidden table carry every name).
      axisLabel: {
        ...axisLabel,
        interval: input.columnLabels ? ('auto' as const) : 2,
        hideOverlap: true,
      },
    },
    yAxis: {
      type: 'category' as const,
      data: [...axes.rows],
      inverse: true,
      axisLine: { lineStyle: { color: palette.grid } },
      // A long row name ("冒充电商物流客服") wraps within 8 em where its row has room for two
      // lines, and is cut with an ellipsis where it has not; the cell tooltip and the hidden
      // table carry it whole. It never pushes the grid aside or runs into the next row.
      axisLabel: {
        ...axisLabel,
        width: HEAT_ROW_LABEL_WIDTH,
        overflow:
          rowRoom(height, axes.rows.length) >= 30 ? ('break' as const) : ('truncate' as const),
        lineHeight: 14,
      },
    },
    // Colours only: the scale's key is drawn in the page (HeatScale), not by ECharts, whose
    // continuous key rebuilt a 100-stop gradient on every update (up to 33 ms a redraw).
    visualMap: {
      type: 'continuous' as const,
      show: false,
      min: 0,
      max: heatMax(peak),
      calculable: false,
      inRange: { color: [...scaleColors(palette)] },
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
export function heatTable(
  input: Pick<HeatInput, 'values' | 'title' | 'lang' | 'rowLabels' | 'columnLabels'>,
): A11yTable {
  const { lang } = input;
  const axes = heatAxes(input);
  return {
    caption: m(lang, 'caption', { title: input.title }),
    columns: [
      m(lang, axes.custom ? 'rows' : 'day'),
      ...axes.columns.map((c, h) => (axes.custom ? c : m(lang, 'hour', { hour: h }))),
    ],
    rows: axes.rows.map((d, day) => [
      d,
      ...axes.columns.map((_, h) => formatGrouped(input.values[day]?.[h] ?? null, lang)),
    ]),
  };
}
