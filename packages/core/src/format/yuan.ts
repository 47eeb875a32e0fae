import { type Lang, MISSING } from './lang.js';
import { grouped, type NumberOptions, scaled } from './number.js';

/** Each language's scales of yuan (biggest first) and the unit of an unscaled amount. */
const units: Record<Lang, { scales: readonly (readonly [number, string])[]; plain: string }> = {
  'zh-CN': {
    scales: [
      [1e8, '亿元'],
      [1e4, '万元'],
    ],
    plain: '元',
  },
  en: {
    scales: [
      [1e9, 'billion yuan'],
      [1e6, 'million yuan'],
    ],
    plain: 'yuan',
  },
};

/** An amount of yuan: "717.6 万元" in Chinese, "7.176 million yuan" in English. */
export function formatYuan(yuan: number, lang: Lang, options: NumberOptions = {}): string {
  if (!Number.isFinite(yuan)) return MISSING;
  // Four digits keep amounts like 7,176,000 exact in both 万 and million.
  const digits = options.maximumFractionDigits ?? 4;
  const [amount, unit] = scaled(yuan, units[lang].scales, digits);
  return `${grouped(amount, lang, digits)} ${unit === '' ? units[lang].plain : unit}`;
}
