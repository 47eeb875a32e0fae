import type { Lang } from './lang.js';
import { MISSING } from './lang.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

const words = {
  'zh-CN': {
    justNow: '刚刚',
    seconds: (n: number) => `${n} 秒前`,
    minutes: (n: number) => `${n} 分钟前`,
    hours: (n: number) => `${n} 小时前`,
    days: (n: number) => `${n} 天前`,
  },
  en: {
    justNow: 'just now',
    seconds: (n: number) => `${n} s ago`,
    minutes: (n: number) => `${n} min ago`,
    hours: (n: number) => `${n} h ago`,
    days: (n: number) => `${n} ${n === 1 ? 'day' : 'days'} ago`,
  },
} as const;

/**
 * How long ago, from an age in ms: "刚刚", "5 分钟前", "30 小时前", "3 天前" / "just now",
 * "5 min ago" … Rounds down, so data never looks fresher than it is; hours up to two days,
 * where a shift change reads better than "1 day". The one age phrase of every widget and the
 * header; each wraps it in its own sentence ("数据更新于 …").
 */
export function formatAge(ms: number | undefined, lang: Lang): string {
  if (ms === undefined || !Number.isFinite(ms)) return MISSING;
  const w = words[lang];
  const s = Math.floor(Math.max(0, ms) / SECOND);
  if (s < 10) return w.justNow;
  if (s < 60) return w.seconds(s);
  const m = Math.floor((s * SECOND) / MINUTE);
  if (m < 60) return w.minutes(m);
  const h = Math.floor((s * SECOND) / HOUR);
  if (h < 48) return w.hours(h);
  return w.days(Math.floor(h / 24));
}
