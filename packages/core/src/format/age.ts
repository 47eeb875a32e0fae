import type { Lang } from './lang.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How old the data is, for the corner of a widget: "数据更新于 5 分钟前" / "updated 5 min ago".
 * Rounds down, so a feed never looks fresher than it is.
 */
export function formatAge(ms: number | undefined, lang: Lang): string {
  if (ms === undefined || !Number.isFinite(ms)) {
    return lang === 'en' ? 'update time unknown' : '数据更新时间未知';
  }
  const age = Math.max(0, ms);
  const zh = (n: number, unit: string) => `数据更新于 ${n} ${unit}前`;
  if (age < MINUTE) {
    const n = Math.floor(age / SECOND);
    return lang === 'en' ? `updated ${n} s ago` : zh(n, '秒');
  }
  if (age < HOUR) {
    const n = Math.floor(age / MINUTE);
    return lang === 'en' ? `updated ${n} min ago` : zh(n, '分钟');
  }
  if (age < DAY) {
    const n = Math.floor(age / HOUR);
    return lang === 'en' ? `updated ${n} h ago` : zh(n, '小时');
  }
  const n = Math.floor(age / DAY);
  return lang === 'en' ? `updated ${n} ${n === 1 ? 'day' : 'days'} ago` : zh(n, '天');
}
