import type { Placed } from './selection.js';

/** Fraud cases by type in one year. */
export interface FraudTypeLike extends Placed {
  year: number;
  type: string;
  typeName: string;
  typeNameEn: string;
  cases: number;
}

/** Fraud cases by hour of day in one year. */
export interface FraudHourLike extends Placed {
  year: number;
  hour: number;
  cases: number;
}

/** Dissuasions and interceptions in one month. */
export interface DissuasionLike extends Placed {
  month: string;
  dissuaded: number;
  interceptedYuan: number;
}

/** Totals of people dissuaded and money intercepted over every record. */
export function dissuasionTotals(records: readonly DissuasionLike[]) {
  return {
    dissuaded: records.reduce((s, r) => s + r.dissuaded, 0),
    interceptedYuan: records.reduce((s, r) => s + r.interceptedYuan, 0),
  };
}

/** Cases by type in the latest year, largest first. */
export function casesByType(records: readonly FraudTypeLike[]) {
  if (records.length === 0) return [];
  const year = Math.max(...records.map((r) => r.year));
  const byType = new Map<string, { type: string; name: string; nameEn: string; value: number }>();
  for (const r of records) {
    if (r.year !== year) continue;
    const row = byType.get(r.type) ?? {
      type: r.type,
      name: r.typeName,
      nameEn: r.typeNameEn,
      value: 0,
    };
    row.value += r.cases;
    byType.set(r.type, row);
  }
  return [...byType.values()].sort((a, b) => b.value - a.value);
}

/** Cases per hour of day (24 values) in the latest year. */
export function casesByHour(records: readonly FraudHourLike[]): {
  year: number | null;
  hours: number[];
} {
  const hours = new Array<number>(24).fill(0);
  if (records.length === 0) return { year: null, hours };
  const year = Math.max(...records.map((r) => r.year));
  for (const r of records) if (r.year === year) hours[r.hour] = (hours[r.hour] ?? 0) + r.cases;
  return { year, hours };
}
