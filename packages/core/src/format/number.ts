import { type Lang, MISSING, realMinus } from './lang.js';

/** Options of the number formatters. */
export interface NumberOptions {
  /** Most digits after the decimal point (default 2 for plain numbers, 4 for yuan). */
  maximumFractionDigits?: number;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Grouped decimal text for `value` in `lang` (cached formatter). */
export function grouped(value: number, lang: Lang, digits: number): string {
  const key = `${lang}/${digits}`;
  let format = formatters.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: digits, useGrouping: true });
    formatters.set(key, format);
  }
  return realMinus(format.format(value));
}

const round = (value: number, digits: number): number => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

/**
 * Scale a number to the largest of `units` (biggest first) it reaches after rounding, so that
 * 99,999,999 reads "1 亿" and never "10,000 万".
 */
export function scaled(
  value: number,
  units: readonly (readonly [number, string])[],
  digits: number,
): [number, string] {
  for (const [size, name] of units) {
    if (Math.abs(round(value / size, digits)) >= 1) return [value / size, name];
  }
  return [value, ''];
}

/** The scales a count reads in: 万 and 亿 in Chinese; English groups digits instead. */
const COUNT_SCALES: Record<Lang, readonly (readonly [number, string])[]> = {
  'zh-CN': [
    [1e8, '亿'],
    [1e4, '万'],
  ],
  en: [],
};

/** A count for the screen: "117.8 万" and "1.28 亿" in Chinese, "1,178,000" in English. */
export function formatNumber(value: number, lang: Lang, options: NumberOptions = {}): string {
  if (!Number.isFinite(value)) return MISSING;
  const digits = options.maximumFractionDigits ?? 2;
  const [amount, unit] = scaled(value, COUNT_SCALES[lang], digits);
  return unit === '' ? grouped(amount, lang, digits) : `${grouped(amount, lang, digits)} ${unit}`;
}

const fixedFormatters = new Map<string, Intl.NumberFormat>();

/**
 * A number with grouping and exactly `digits` decimals, as a headline figure shows it:
 * 9186 → "9,186", 717.6 with 1 → "717.6". Real minus sign; "—" for a missing number.
 */
export function formatFixed(value: number | null | undefined, lang: Lang, digits = 0): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  const key = `${lang}/${digits}`;
  let format = fixedFormatters.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: true,
    });
    fixedFormatters.set(key, format);
  }
  return realMinus(format.format(value));
}

/**
 * A number with grouping and at most `digits` decimals, as chart labels and tables show it:
 * 1375 → "1,375", 16.634 → "16.6". Real minus sign; "—" for a missing number.
 */
export function formatGrouped(value: number | null | undefined, lang: Lang, digits = 1): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return grouped(value, lang, digits);
}
