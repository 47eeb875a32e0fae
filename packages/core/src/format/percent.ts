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
 * A percentage with its sign, from a value in percent (as views carry changes and shares):
 * −13.6 → "−13.6 %", 27.88 → "+27.9 %". Zero after rounding shows no sign; `signed: false`
 * for a share ("98.93 %"). The one percent formatter of every widget and the app.
 */
export function formatPercent(
  value: number | null | undefined,
  lang: Lang,
  options: PercentOptions = {},
): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  const digits = options.digits ?? 1;
  const scale = 10 ** digits;
  // Round the percent value itself, so float noise (13.600000000000001) is gone.
  const percent = Math.round(value * scale) / scale;
  const sign = percent < 0 ? '\u2212' : percent > 0 && options.signed !== false ? '+' : '';
  return `${sign}${fixed(Math.abs(percent), lang, digits)} %`;
}
