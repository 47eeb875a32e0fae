import { formatFixed, formatPercent } from '@onescreen/core';
import { type RefObject, useCallback, useMemo, useRef } from 'react';
import type { A11yTable } from '../a11y/HiddenTable.js';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { useLang, useT } from '../i18n/context.js';
import { computeKpi, type GoodDirection, type KpiView } from './compute.js';
import { useCountUp } from './useCountUp.js';

/** Inputs of useKpiCard (the data half of KpiCardProps). */
export interface KpiCardOptions {
  label: string;
  value: number | null;
  unit?: string | undefined;
  period?: string | undefined;
  previous?: number | null | undefined;
  changePct?: number | null | undefined;
  changeLabel?: string | undefined;
  goodDirection?: GoodDirection | undefined;
  decimals?: number | undefined;
  animate?: boolean | undefined;
}

/** What KpiCard renders: view model, formatted strings and the screen-reader table. */
export interface KpiCardModel extends KpiView {
  /** The element whose text counts up to valueText (its first child is the number's text). */
  numberRef: RefObject<HTMLSpanElement | null>;
  /** The final number as text. */
  valueText: string;
  /** "−13.6 %" or null. */
  changeText: string | null;
  /** "较上期" unless the caller names the comparison ("同比"). */
  changeLabel: string;
  /** Spoken change: "下降 13.6 %，向好". */
  changeSpoken: string | null;
  /** Hidden table. */
  table: A11yTable;
}

/** Defaults, formatting and the count-up for KpiCard. */
export function useKpiCard(o: KpiCardOptions): KpiCardModel {
  const lang = useLang();
  const t = useT();
  const reduced = useReducedMotion();
  const view = useMemo(
    () =>
      computeKpi({
        value: o.value,
        previous: o.previous,
        changePct: o.changePct,
        goodDirection: o.goodDirection,
      }),
    [o.value, o.previous, o.changePct, o.goodDirection],
  );
  const decimals = o.decimals ?? (view.value !== null && !Number.isInteger(view.value) ? 1 : 0);
  const numberRef = useRef<HTMLSpanElement | null>(null);
  const format = useCallback((v: number) => formatFixed(v, lang, decimals), [decimals, lang]);
  // The first figure counts in over 1.2 s; a live change shows at once, with a glow.
  useCountUp(numberRef, view.value, format, 1200, reduced || o.animate === false);
  const valueText = view.value === null ? '' : format(view.value);
  const changeText = view.changePct === null ? null : formatPercent(view.changePct, lang);
  const changeLabel = o.changeLabel ?? t('kpi.vsLast');
  const changeSpoken =
    view.changePct === null
      ? null
      : [
          `${t(view.direction === 'up' ? 'kpi.up' : view.direction === 'down' ? 'kpi.down' : 'kpi.flat')} ${formatPercent(Math.abs(view.changePct), lang, { signed: false })}`,
          view.tone === 'neutral' ? '' : t(view.tone === 'good' ? 'kpi.better' : 'kpi.worse'),
        ]
          .filter(Boolean)
          .join(lang === 'zh-CN' ? '，' : ', ');
  const table: A11yTable = {
    caption: t('table.caption', { title: o.label }),
    columns: [t('kpi.indicator'), t('kpi.value'), t('kpi.change')],
    rows: [
      [
        [o.label, o.period].filter(Boolean).join(' '),
        [valueText, o.unit].filter(Boolean).join(' '),
        changeText ? `${changeLabel} ${changeText}` : '',
      ],
    ],
  };
  return { ...view, numberRef, valueText, changeText, changeLabel, changeSpoken, table };
}
