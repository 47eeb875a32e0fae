import { useMemo } from 'react';
import type { A11yTable } from '../a11y/HiddenTable.js';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { useLang, useT } from '../i18n/context.js';
import { formatNumber, formatPct } from '../i18n/formatNumber.js';
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
  /** The (animating) number as text. */
  shownText: string;
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
  const shown = useCountUp(view.value, 1200, reduced || o.animate === false);
  const valueText = view.value === null ? '' : formatNumber(view.value, decimals, lang);
  const shownText = shown === null ? '' : formatNumber(shown, decimals, lang);
  const changeText = view.changePct === null ? null : formatPct(view.changePct, lang);
  const changeLabel = o.changeLabel ?? t('kpi.vsLast');
  const changeSpoken =
    view.changePct === null
      ? null
      : [
          `${t(view.direction === 'up' ? 'kpi.up' : view.direction === 'down' ? 'kpi.down' : 'kpi.flat')} ${formatNumber(Math.abs(view.changePct), 1, lang)} %`,
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
  return { ...view, shownText, valueText, changeText, changeLabel, changeSpoken, table };
}
