import { formatGrouped } from '@onescreen/core';
import { useMemo } from 'react';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { usePalette } from '../echarts/usePalette.js';
import { useTextMeasure } from '../echarts/useTextMeasure.js';
import { useLang } from '../i18n/context.js';
import type { Size } from '../maplayout/types.js';
import {
  type RingItem,
  ringCaption,
  ringLegendTexts,
  ringOption,
  ringTable,
  ringTotal,
} from './compute.js';
import { ringLayout } from './layout.js';
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

/**
 * Option, hidden table and emptiness of a ring chart at a size, memoised on its inputs. No
 * option until the size is known: the ring, its centre text and its legend are laid out for it.
 */
export function useRingChart({ items, unit = '', title }: RingChartData, size: Size | null = null) {
  const lang = useLang();
  const palette = usePalette();
  const reducedMotion = useReducedMotion();
  const measure = useTextMeasure(palette.font);
  const name = title ?? ringMessages(lang, 'untitled');
  return useMemo(() => {
    const input = { items, unit, title: name, lang, palette, reducedMotion };
    const layout = size
      ? ringLayout({
          size,
          legendTexts: ringLegendTexts(input),
          total: formatGrouped(ringTotal(items), lang),
          caption: ringCaption(input),
          measure,
        })
      : null;
    return {
      option: layout ? ringOption(input, layout) : null,
      table: ringTable(input),
      empty: ringTotal(items) === 0,
    };
  }, [items, unit, name, lang, palette, reducedMotion, size, measure]);
}
