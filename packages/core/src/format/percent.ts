import { type Lang, MISSING } from './lang.js';

/** Options of `formatPercent`. */
export interface PercentOptions {
  /** Digits after the decimal point, always shown (default 1). */
  digits?: number;
  /** Show "+" before a rise (default true); a fall always shows the real minus sign. */
  signed?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

function fixed(value: number, lang: Lang, digits: number): string {
  const key = `${lang}/${digits}`;
  let format = formatters.get(key);
  if (format === undefined) {
    // A percentage keeps its stated precision: 27.90 % is not 27.9 %.
    format = new Intl.NumberFormat(lang, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, format);
  }
  return format.format(value);
}

/**
 * A ratio as a percentage with its sign: −0.136 → "−13.6 %", 0.2788 → "+27.9 %". Zero after
 * rounding shows no sign.
 */
export function formatPercent(ratio: number, lang: Lang, options: PercentOptions = {}): string {
  if (!Number.isFinite(ratio)) return MISSING;
  const digits = options.digits ?? 1;
  const scale = 10 ** digits;
  // Round the percent value itself, so float noise (−0.136 · 100 = −13.600000000000001) is gone.
  const percent = Math.round(ratio * 100 * scale) / scale;
  const sign = percent < 0 ? '\u2212' : percent > 0 && options.signed !== false ? '+' : '';
  return `${sign}${fixed(Math.abs(percent), lang, digits)} %`;
}
