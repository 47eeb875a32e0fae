import { dayRange, periodUnit, truncate } from './period-key.js';

// Stepping through screen periods (years, quarters, months) inside the span a screen's data
// covers: the period control's previous / next, its unit switch, and playback's month list.

/** The units a screen period may have. */
export type ScreenUnit = 'year' | 'quarter' | 'month';

/** The months a screen's data covers, first and last inclusive ('YYYY-MM'). */
export interface PeriodSpan {
  /** Earliest month. */
  first: string;
  /** Latest month. */
  last: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A month key as a count of months since year 0 (2022-06 → 2022·12 + 5). */
function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthKey(index: number): string {
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The period `by` units after `key` (before, when negative); undefined for a key that is none. */
export function stepPeriod(key: string, by: number): string | undefined {
  const unit = periodUnit(key);
  const n = Math.trunc(by);
  if (unit === 'year') return String(Number(key) + n);
  if (unit === 'quarter') {
    const q = Number(key.slice(0, 4)) * 4 + Number(key.slice(6)) - 1 + n;
    return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
  }
  if (unit === 'month') return monthKey(monthIndex(key) + n);
  return undefined;
}

/** Every month from `first` to `last`, in order (empty when `last` comes first). */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(first); i <= monthIndex(last); i++) out.push(monthKey(i));
  return out;
}

/** Every period of `unit` that overlaps the span, in order. */
export function periodsIn(span: PeriodSpan, unit: ScreenUnit): string[] {
  const keys = monthsBetween(span.first, span.last).map((m) => truncate(m, unit) ?? m);
  return [...new Set(keys)];
}

/** The first and last month of a period key. */
function monthsOf(key: string): [string, string] | undefined {
  const range = dayRange(key);
  return range ? [range[0].slice(0, 7), range[1].slice(0, 7)] : undefined;
}

/** Whether a period shares at least one month with the span. */
export function inSpan(key: string, span: PeriodSpan): boolean {
  const m = monthsOf(key);
  return m !== undefined && m[0] <= span.last && span.first <= m[1];
}

/**
 * The period of `unit` that stands for `key`: a coarser unit takes the period holding it
 * (2022-06 as a quarter is 2022-Q2); a finer one takes the latest of its parts inside the span
 * (2022 as a month is the span's last month of 2022, so a screen lands on data, not on an empty
 * December after the data ends). A key outside the span is first moved to its nearer end.
 */
export function periodAs(key: string, unit: ScreenUnit, span: PeriodSpan): string {
  const months = monthsOf(key);
  let month: string;
  if (!months) month = span.last;
  else if (months[1] < span.first) month = span.first;
  else if (months[0] > span.last) month = span.last;
  else month = [months[1], span.last].sort()[0] ?? span.last;
  const from = periodUnit(key);
  // Coarser or the same unit: the period that holds the key itself.
  if (from && months && inSpan(key, span) && rank(unit) <= rank(from as ScreenUnit)) {
    return truncate(key, unit) ?? key;
  }
  return truncate(month, unit) ?? month;
}

function rank(unit: ScreenUnit): number {
  return unit === 'year' ? 0 : unit === 'quarter' ? 1 : 2;
}

/** The neighbour of `key` `by` steps away inside the span, or undefined past either end. */
export function stepWithin(key: string, by: number, span: PeriodSpan): string | undefined {
  const next = stepPeriod(key, by);
  return next !== undefined && inSpan(next, span) ? next : undefined;
}
