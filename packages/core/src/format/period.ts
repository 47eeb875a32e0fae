import type { Lang } from './lang.js';
import { MISSING } from './lang.js';

/** How each language writes a period's parts; the only place these words live. */
const words: Record<
  Lang,
  {
    year: (y: string) => string;
    quarter: (q: string, y: string) => string;
    quarterShort: (q: string) => string;
    month: (month: number) => string;
    day: (day: number, month: number) => string;
    withYear: (body: string, y: string) => string;
    yearAgo: string;
    previous: string;
  }
> = {
  'zh-CN': {
    year: (y) => `${y}年`,
    quarter: (q, y) => `${y}年第${q}季度`,
    quarterShort: (q) => `${q}季度`,
    month: (month) => `${month}月`,
    day: (day, month) => `${month}月${day}日`,
    withYear: (body, y) => `${y}年${body}`,
    yearAgo: '同比',
    previous: '环比',
  },
  en: {
    year: (y) => y,
    quarter: (q, y) => `Q${q} ${y}`,
    quarterShort: (q) => `Q${q}`,
    month: (month) => MONTHS_EN[month - 1] ?? '',
    day: (day, month) => `${day} ${MONTHS_EN[month - 1] ?? ''}`,
    withYear: (body, y) => `${body} ${y}`,
    yearAgo: 'YoY',
    previous: 'vs previous',
  },
};

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * A period key as the screen names it: '2022' → "2022年" / "2022", '2022-Q2' → "2022年第2季度" /
 * "Q2 2022", '2022-06' → "2022年6月" / "Jun 2022", '2022-06-30' → "2022年6月30日" / "30 Jun 2022".
 * `short` leaves the year out of months and days, for chart axes inside one year.
 */
export function formatPeriod(key: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const w = words[lang];
  const y = key.slice(0, 4);
  if (/^\d{4}$/.test(key)) return w.year(y);
  const q = /^\d{4}-Q([1-4])$/.exec(key)?.[1];
  if (q !== undefined) return style === 'short' ? w.quarterShort(q) : w.quarter(q, y);
  const m = /^\d{4}-(\d{2})(?:-(\d{2}))?$/.exec(key);
  if (!m) return MISSING;
  const month = Number(m[1]);
  const body = m[2] === undefined ? w.month(month) : w.day(Number(m[2]), month);
  return style === 'short' ? body : w.withYear(body, y);
}

/** The word for a comparison: 同比 / YoY against a year earlier, 环比 / vs previous against the period before. */
export function formatComparison(against: 'yearAgo' | 'previous', lang: Lang): string {
  return words[lang][against];
}
