import { isScreenPeriod, overlaps, periodOf } from '../model/period-key.js';

/** Check a screen period: a period key of a year, quarter or month ('2022', '2022-Q2', '2022-06'). */
export function checkPeriod(period: string): string {
  if (!isScreenPeriod(period)) {
    throw new RangeError(`not a year, quarter or month (2022, 2022-Q2, 2022-06): ${period}`);
  }
  return period;
}

/** Whether a record dated `date` overlaps the period; every date is in when there is no period. */
export function inPeriod(date: string | number | undefined, period: string | undefined): boolean {
  if (period === undefined || date === undefined) return true;
  const key = periodOf(date);
  return key !== undefined && overlaps(key, period);
}
