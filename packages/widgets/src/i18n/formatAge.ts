import type { Lang } from './lang.js';
import { translate } from './messages.js';

/** "5 分钟前" / "5 min ago": how long ago `updatedAt` was, in whole units, relative to `now`. */
export function formatAge(updatedAt: number, now: number, lang: Lang): string {
  const s = Math.max(0, Math.floor((now - updatedAt) / 1000));
  if (s < 10) return translate(lang, 'age.justNow');
  if (s < 60) return translate(lang, 'age.seconds', { n: s });
  const m = Math.floor(s / 60);
  if (m < 60) return translate(lang, 'age.minutes', { n: m });
  const h = Math.floor(m / 60);
  if (h < 48) return translate(lang, 'age.hours', { n: h });
  return translate(lang, 'age.days', { n: Math.floor(h / 24) });
}
