import { useMemo } from 'react';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { usePalette } from '../echarts/usePalette.js';
import { useLang } from '../i18n/context.js';
import { heatCells, heatOption, heatTable, type WeekHourValues } from './compute.js';
import { heatMessages } from './messages.js';

/** Inputs of useHeatGrid (the data props of HeatGrid). */
export interface HeatGridData {
  /** 7 rows (Mon..Sun) × 24 hourly values. */
  values: WeekHourValues;
  /** Unit after values. */
  unit?: string | undefined;
  /** One-line title. */
  title?: string | undefined;
}

/** Option, hidden table and emptiness of a heat grid, memoised on its inputs. */
export function useHeatGrid({ values, unit = '', title }: HeatGridData) {
  const lang = useLang();
  const palette = usePalette();
  const reducedMotion = useReducedMotion();
  const name = title ?? heatMessages(lang, 'untitled');
  return useMemo(() => {
    const input = { values, unit, title: name, lang, palette, reducedMotion };
    return {
      option: heatOption(input),
      table: heatTable(input),
      empty: heatCells(values).length === 0,
    };
  }, [values, unit, name, lang, palette, reducedMotion]);
}
