import type { Lang } from '../i18n/lang.js';

/** The screen's time zone: every wall shows China Standard Time whatever the machine is set to. */
export const SCREEN_TIME_ZONE = 'Asia/Shanghai';

const formatters = new Map<Lang, Intl.DateTimeFormat>();

function formatter(lang: Lang): Intl.DateTimeFormat {
  let f = formatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'zh-CN' ? 'zh-CN' : 'en-GB', {
      timeZone: SCREEN_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(lang, f);
  }
  return f;
}

/** The parts of a wall-clock reading in Asia/Shanghai. */
export interface ClockParts {
  /** "2022-12-31". */
  date: string;
  /** "周六" / "Sat". */
  weekday: string;
  /** "14:03:27". */
  time: string;
}

/** Splits `epochMs` into date, weekday and time in Asia/Shanghai. */
export function clockParts(epochMs: number, lang: Lang): ClockParts {
  const p: Record<string, string> = {};
  for (const part of formatter(lang).formatToParts(epochMs)) p[part.type] = part.value;
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    weekday: p.weekday ?? '',
    time: `${p.hour}:${p.minute}:${p.second}`,
  };
}

/** "2022-12-31 周六 14:03:27" in Asia/Shanghai. */
export function formatClock(epochMs: number, lang: Lang): string {
  const c = clockParts(epochMs, lang);
  return `${c.date} ${c.weekday} ${c.time}`;
}
