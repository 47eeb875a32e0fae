import { type Lang, MISSING } from './lang.js';
import { grouped, type NumberOptions, scaled } from './number.js';

const ZH = [
  [1e8, '亿元'],
  [1e4, '万元'],
] as const;
const EN = [
  [1e9, 'billion yuan'],
  [1e6, 'million yuan'],
] as const;

/** An amount of yuan: "717.6 万元" in Chinese, "7.176 million yuan" in English. */
export function formatYuan(yuan: number, lang: Lang, options: NumberOptions = {}): string {
  if (!Number.isFinite(yuan)) return MISSING;
  // Four digits keep amounts like 7,176,000 exact in both 万 and million.
  const digits = options.maximumFractionDigits ?? 4;
  const [amount, unit] = scaled(yuan, lang === 'en' ? EN : ZH, digits);
  const text = grouped(amount, lang, digits);
  if (unit !== '') return `${text} ${unit}`;
  return lang === 'en' ? `${text} yuan` : `${text} 元`;
}
