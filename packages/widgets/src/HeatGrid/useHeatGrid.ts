import { useMemo } from 'react';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { usePalette } from '../echarts/usePalette.js';
import { useLang } from '../i18n/context.js';
import type { Size } from '../maplayout/types.js';
import {
  heatAxes,
  heatCells,
  heatLegend,
  heatOption,
  heatTable,
  type WeekHourValues,
} from './compute.js';
import { heatMessages } from './messages.js';

/** Inputs of useHeatGrid (the data props of HeatGrid). */
export interface HeatGridData {
  /** 7 rows (Mon..Sun) × 24 hourly values, unless labelled otherwise. */
  values: WeekHourValues;
  /** Row names (default: the weekdays). */
  rowLabels?: readonly string[] | undefined;
  /** Column names (default: the hours 0–23). */
  columnLabels?: readonly string[] | undefined;
  /** Unit after values. */
  unit?: string | undefined;
  /** One-line title. */
  title?: string | undefined;
}

/** Option, hidden table, scale key and emptiness of a heat grid at a size, memoised on its inputs. */
export function useHeatGrid(
  { values, unit = '', title, rowLabels, columnLabels }: HeatGridData,
  size: Size | null = null,
) {
  const lang = useLang();
  const palette = usePalette();
  const reducedMotion = useReducedMotion();
  const name = title ?? heatMessages(lang, 'untitled');
  return useMemo(() => {
    const input = {
      values,
      unit,
      title: name,
      lang,
      palette,
      reducedMotion,
      rowLabels,
      columnLabels,
    };
    const axes = heatAxes(input);
    return {
      option: heatOption(input, size?.height ?? 0),
      table: heatTable(input),
      legend: heatLegend(input),
      empty: heatCells(values, axes.rows.length, axes.columns.length).length === 0,
    };
  }, [values, unit, name, lang, palette, reducedMotion, rowLabels, columnLabels, size]);
}
