import type { Lang } from '../i18n/lang.js';

const cache = new Map<string, Intl.NumberFormat>();

/** A number with grouping in the screen language; '—' for a missing value. */
export function formatValue(value: number | null | undefined, lang: Lang, maxDigits = 1): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const key = `${lang}|${maxDigits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: maxDigits });
    cache.set(key, format);
  }
  return format.format(value);
}

/** A signed percentage change such as '+4.2%' or '−13.6%' (true minus sign); '—' when unknown. */
export function formatChange(ratio: number | null, lang: Lang): string {
  if (ratio == null || !Number.isFinite(ratio)) return '—';
  const pct = Math.round(ratio * 1000) / 10;
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : '';
  return `${sign}${formatValue(Math.abs(pct), lang, 1)}%`;
}
