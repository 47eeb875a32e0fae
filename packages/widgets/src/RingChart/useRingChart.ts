import { useMemo } from 'react';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { usePalette } from '../echarts/usePalette.js';
import { useLang } from '../i18n/context.js';
import { type RingItem, ringOption, ringTable, ringTotal } from './compute.js';
import { ringMessages } from './messages.js';

/** Inputs of useRingChart (the data props of RingChart). */
export interface RingChartData {
  /** Slices in display order. */
  items: readonly RingItem[];
  /** Unit after values. */
  unit?: string | undefined;
  /** One-line title. */
  title?: string | undefined;
}

/** Option, hidden table and emptiness of a ring chart, memoised on its inputs. */
export function useRingChart({ items, unit = '', title }: RingChartData) {
  const lang = useLang();
  const palette = usePalette();
  const reducedMotion = useReducedMotion();
  const name = title ?? ringMessages(lang, 'untitled');
  return useMemo(() => {
    const input = { items, unit, title: name, lang, palette, reducedMotion };
    return { option: ringOption(input), table: ringTable(input), empty: ringTotal(items) === 0 };
  }, [items, unit, name, lang, palette, reducedMotion]);
}
