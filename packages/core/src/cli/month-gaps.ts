import { toPointer } from '../feeds/pointer.js';
import { MONTH_RE } from '../feeds/primitives.js';

/** A monthly series with months missing between its first and last. */
export interface MonthGap {
  /** Pointer of the list holding the series, e.g. /data/monthly. */
  pointer: string;
  /** What the series is of: its place and other labels, e.g. 萧山区 330109. */
  series: string;
  /** First and last month of the series. */
  from: string;
  to: string;
  /** The months missing in between, in order. */
  missing: string[];
}

const monthIndex = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthAt = (i: number): string =>
  `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

// Fields that name rather than identify (names in either language) do not split a series.
const isLabel = (key: string): boolean => /name(En)?$/i.test(key);

/**
 * Gaps in the monthly series of every list of `data`: records with a `month` are grouped by
 * their other text fields (district, town, category …) and each group's months are checked from
 * its first to its last. A month missing in the middle is likelier a lost row than a quiet month.
 */
export function monthGaps(data: unknown): MonthGap[] {
  if (data === null || typeof data !== 'object') return [];
  const gaps: MonthGap[] = [];
  for (const [list, records] of Object.entries(data)) {
    if (!Array.isArray(records)) continue;
    const series = new Map<string, { label: string; months: Set<number> }>();
    for (const record of records) {
      if (record === null || typeof record !== 'object') continue;
      const r = record as Record<string, unknown>;
      if (typeof r.month !== 'string' || !MONTH_RE.test(r.month)) continue;
      const keys = Object.keys(r).filter(
        (k) => k !== 'month' && !isLabel(k) && typeof r[k] === 'string',
      );
      const id = keys.map((k) => `${k}=${r[k]}`).join('|');
      const names = Object.keys(r).filter(
        (k) => isLabel(k) && !/En$/.test(k) && typeof r[k] === 'string',
      );
      const label = [...names.map((k) => r[k]), ...keys.map((k) => r[k])].join(' ');
      const entry = series.get(id) ?? { label, months: new Set<number>() };
      entry.months.add(monthIndex(r.month));
      series.set(id, entry);
    }
    for (const { label, months } of series.values()) {
      const sorted = [...months].sort((a, b) => a - b);
      const first = sorted[0] as number;
      const last = sorted[sorted.length - 1] as number;
      const missing: string[] = [];
      for (let i = first; i <= last; i++) if (!months.has(i)) missing.push(monthAt(i));
      if (missing.length === 0) continue;
      gaps.push({
        pointer: toPointer(['data', list]),
        series: label,
        from: monthAt(first),
        to: monthAt(last),
        missing,
      });
    }
  }
  return gaps;
}
