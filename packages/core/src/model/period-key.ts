import { DATE_RE, MONTH_RE, QUARTER_RE, TIMESTAMP_RE } from '../feeds/fields/patterns.js';
import { FIXED_OFFSET_SINCE, shanghaiWall } from './shanghai-wall.js';

// A period key names a calendar period as text: '2022' (year), '2022-Q2' (quarter), '2022-06'
// (month) or '2022-06-30' (day). Every date-like field value maps onto one, in Shanghai time.

/** The granularity of a period key. */
export type PeriodUnit = 'year' | 'quarter' | 'month' | 'day';

/** The units a screen period may have, coarse to fine. */
export const PERIOD_UNITS: readonly PeriodUnit[] = Object.freeze([
  'year',
  'quarter',
  'month',
  'day',
]);

const YEAR_RE = /^(19|20)\d\d$/;

/** The unit of a period key, or undefined for text that is none. */
export function periodUnit(key: string): PeriodUnit | undefined {
  if (YEAR_RE.test(key)) return 'year';
  if (QUARTER_RE.test(key)) return 'quarter';
  if (MONTH_RE.test(key)) return 'month';
  if (DATE_RE.test(key)) return 'day';
  return undefined;
}

/** Whether `key` is a period key a screen may show (a year, quarter or month). */
export function isScreenPeriod(key: string): boolean {
  const unit = periodUnit(key);
  return unit === 'year' || unit === 'quarter' || unit === 'month';
}

const shanghaiDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Shanghai day of an instant: plain arithmetic where the offset is fixed, else Intl. */
function shanghaiDayOf(ms: number): string {
  return shanghaiWall(ms)?.slice(0, 10) ?? shanghaiDay.format(ms);
}

/**
 * The period key of a date-like field value (a datetime counts as its Shanghai day). Every
 * binding reads every record's date through here, so the usual cases avoid Intl: a datetime
 * written in Shanghai time already names its day.
 */
export function periodOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) {
    return YEAR_RE.test(String(value)) ? String(value) : undefined;
  }
  if (typeof value !== 'string') return undefined;
  if (value.length > 10) {
    // Datetimes repeat from one feed update to the next: each is worked out once.
    let day = days.get(value);
    if (day === undefined && !days.has(value)) {
      day = dayOfTimestamp(value);
      if (days.size >= DAYS_KEPT) days.clear();
      days.set(value, day);
    }
    return day;
  }
  return periodUnit(value) ? value : undefined;
}

/** Datetimes whose day is remembered (about 2 MB at most). */
const DAYS_KEPT = 50_000;
const days = new Map<string, string | undefined>();

function dayOfTimestamp(value: string): string | undefined {
  if (TIMESTAMP_RE.test(value)) {
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) return undefined;
    // Days up to the 28th exist in every month; a later one may not (Date.parse rolls
    // 02-30 over into March), so those take the arithmetic.
    const written =
      value.endsWith('+08:00') && ms >= FIXED_OFFSET_SINCE && Number(value.slice(8, 10)) <= 28;
    return written ? value.slice(0, 10) : shanghaiDayOf(ms);
  }
  return undefined;
}

const quarterOfMonth = (month: number) => Math.floor((month - 1) / 3) + 1;

/** A period key made coarser (a day to its month, a month to its quarter or year). */
export function truncate(key: string, unit: PeriodUnit): string | undefined {
  const from = periodUnit(key);
  if (!from) return undefined;
  if (PERIOD_UNITS.indexOf(unit) > PERIOD_UNITS.indexOf(from)) return undefined;
  const year = key.slice(0, 4);
  if (unit === 'year') return year;
  if (unit === 'quarter') {
    return from === 'quarter' ? key : `${year}-Q${quarterOfMonth(Number(key.slice(5, 7)))}`;
  }
  if (unit === 'month') return key.slice(0, 7);
  return key;
}

/** First and last day of a period, 'YYYY-MM-DD'. */
export function dayRange(key: string): [string, string] | undefined {
  const unit = periodUnit(key);
  const y = key.slice(0, 4);
  switch (unit) {
    case 'year':
      return [`${y}-01-01`, `${y}-12-31`];
    case 'quarter': {
      const q = Number(key.slice(6));
      const first = (q - 1) * 3 + 1;
      return [`${y}-${pad(first)}-01`, `${y}-${pad(first + 2)}-${lastDay(Number(y), first + 2)}`];
    }
    case 'month':
      return [`${key}-01`, `${key}-${lastDay(Number(y), Number(key.slice(5, 7)))}`];
    case 'day':
      return [key, key];
    default:
      return undefined;
  }
}

/** Whether two periods share at least one day. */
export function overlaps(a: string, b: string): boolean {
  const ra = dayRange(a);
  const rb = dayRange(b);
  return ra !== undefined && rb !== undefined && ra[0] <= rb[1] && rb[0] <= ra[1];
}

/** The same period one year earlier, or the period just before (one unit earlier). */
export function shift(key: string, against: 'yearAgo' | 'previous'): string | undefined {
  const unit = periodUnit(key);
  if (!unit) return undefined;
  const y = Number(key.slice(0, 4));
  if (against === 'yearAgo' || unit === 'year') {
    if (unit === 'day' && key.endsWith('-02-29')) return `${y - 1}-02-28`;
    return `${y - 1}${key.slice(4)}`;
  }
  if (unit === 'quarter') {
    const q = Number(key.slice(6));
    return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
  }
  if (unit === 'month') {
    const m = Number(key.slice(5, 7));
    return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
  }
  const d = new Date(`${key}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Every month of a period, in order ('2022-Q2' → 2022-04, 2022-05, 2022-06). */
export function monthsIn(key: string): string[] {
  const range = dayRange(key);
  if (!range) return [];
  const out: string[] = [];
  let y = Number(range[0].slice(0, 4));
  let m = Number(range[0].slice(5, 7));
  const last = range[1].slice(0, 7);
  for (;;) {
    const month = `${y}-${pad(m)}`;
    out.push(month);
    if (month >= last) return out;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month: number): string {
  return pad(new Date(Date.UTC(year, month, 0)).getUTCDate());
}
