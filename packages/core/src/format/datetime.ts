import { type Lang, MISSING } from './lang.js';

/** The screens' time zone: always Shanghai time, whatever the machine's zone. */
export const SCREEN_TIME_ZONE = 'Asia/Shanghai';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: SCREEN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  // h23: some engines print midnight as "24:00:00" under hour12: false.
  hourCycle: 'h23',
});
const weekdays: Record<Lang, Intl.DateTimeFormat> = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { timeZone: SCREEN_TIME_ZONE, weekday: 'short' }),
  en: new Intl.DateTimeFormat('en', { timeZone: SCREEN_TIME_ZONE, weekday: 'short' }),
};

function toTime(input: Date | number | string): number {
  return input instanceof Date
    ? input.getTime()
    : typeof input === 'number'
      ? input
      : Date.parse(input);
}

function fields(time: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of parts.formatToParts(time)) out[part.type] = part.value;
  return out;
}

/** A date in Shanghai time: "2022-12-31". */
export function formatDate(input: Date | number | string): string {
  const time = toTime(input);
  if (!Number.isFinite(time)) return MISSING;
  const f = fields(time);
  return `${f.year}-${f.month}-${f.day}`;
}

/** Date, weekday and time in Shanghai time: "2022-12-31 周六 14:03:27" / "2022-12-31 Sat 14:03:27". */
export function formatDateTime(input: Date | number | string, lang: Lang): string {
  const time = toTime(input);
  if (!Number.isFinite(time)) return MISSING;
  const f = fields(time);
  return `${f.year}-${f.month}-${f.day} ${weekdays[lang].format(time)} ${f.hour}:${f.minute}:${f.second}`;
}

/** The parts of a wall-clock reading in Shanghai time, for a clock that styles them apart. */
export interface ClockParts {
  /** "2022-12-31". */
  date: string;
  /** "周六" / "Sat". */
  weekday: string;
  /** "14:03:27". */
  time: string;
}

/** Date, weekday and time of `input` in Shanghai time. */
export function clockParts(input: Date | number | string, lang: Lang): ClockParts {
  const time = toTime(input);
  if (!Number.isFinite(time)) return { date: MISSING, weekday: '', time: '' };
  const f = fields(time);
  return {
    date: `${f.year}-${f.month}-${f.day}`,
    weekday: weekdays[lang].format(time),
    time: `${f.hour}:${f.minute}:${f.second}`,
  };
}
