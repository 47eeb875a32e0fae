/** An inclusive range of months, each 'YYYY-MM'. */
export interface Period {
  /** First month, 'YYYY-MM'. */
  from: string;
  /** Last month, 'YYYY-MM'. */
  to: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A whole calendar year as a period. */
export function yearPeriod(year: number): Period {
  return { from: `${year}-01`, to: `${year}-12` };
}

/** Check a period: both ends are 'YYYY-MM' and `from` is not after `to`. */
export function checkPeriod(period: Period): Period {
  if (!MONTH.test(period.from) || !MONTH.test(period.to) || period.from > period.to) {
    throw new RangeError(`not a period of months: ${JSON.stringify(period)}`);
  }
  return period;
}

const shanghaiMonth = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
});

/**
 * The months a record date covers, as [first, last] 'YYYY-MM': a year covers twelve, a month or
 * a day one; a timestamp counts in Shanghai time. Undefined for text that is no date.
 */
export function monthsOf(date: string): [string, string] | undefined {
  if (/^\d{4}$/.test(date)) return [`${date}-01`, `${date}-12`];
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(date)) return [date.slice(0, 7), date.slice(0, 7)];
  const time = Date.parse(date);
  if (Number.isNaN(time)) return undefined;
  // A timestamp near midnight may fall in another month in Shanghai than in UTC.
  const parts = shanghaiMonth.formatToParts(time);
  const year = parts.find((p) => p.type === 'year')?.value;
  const month = parts.find((p) => p.type === 'month')?.value;
  const key = `${year}-${month}`;
  return [key, key];
}

/** Whether a record dated `date` overlaps the period; every date is in when there is no period. */
export function inPeriod(date: string | undefined, period: Period | undefined): boolean {
  if (period === undefined) return true;
  if (date === undefined) return true;
  const months = monthsOf(date);
  if (months === undefined) return false;
  return months[0] <= period.to && months[1] >= period.from;
}
