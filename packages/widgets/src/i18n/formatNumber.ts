import type { Lang } from './lang.js';

const cache = new Map<string, Intl.NumberFormat>();

/** Grouped number with a fixed count of decimals: 9186 → "9,186"; 717.6 → "717.6". */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  const id = `${lang}|${decimals}`;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.NumberFormat(lang, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    cache.set(id, f);
  }
  return f.format(value);
}

/** Signed percent with one decimal and a real minus sign: −13.6 % / +2.0 %. */
export function formatPct(pct: number, lang: Lang, decimals = 1): string {
  const body = formatNumber(Math.abs(pct), decimals, lang);
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : '';
  return `${sign}${body} %`;
}
