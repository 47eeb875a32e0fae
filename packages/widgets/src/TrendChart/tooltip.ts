import { changePercent, formatGrouped, formatPercent } from '@onescreen/core';
import { escapeText } from '../echarts/escapeText.js';
import { trendMessages as m } from './messages.js';
import type { TrendInput } from './types.js';

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
      let line = `${escapeText(s.name)}: ${formatGrouped(v, lang)}${u}`;
      if (s.previous) {
        const p = s.previous[i] ?? null;
        const change = changePercent(v, p);
        line += ` · ${m(lang, 'yoy')} ${formatPercent(change, lang)} (${formatGrouped(p, lang)}${u})`;
      }
      lines.push(line);
    }
    return lines.join('<br/>');
  };
}
