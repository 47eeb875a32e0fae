/** Sum `field` of monthly records ('YYYY-MM') by year. */
export function totalsByYear<T extends { month: string }>(
  records: readonly T[],
  field: (r: T) => number,
): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of records) {
    const year = Number(r.month.slice(0, 4));
    out.set(year, (out.get(year) ?? 0) + field(r));
  }
  return out;
}

/** Percentage change from `previous` to `current`, or null when there is no base to compare. */
export function changePercent(current: number, previous: number): number | null {
  if (!(previous > 0)) return null;
  return ((current - previous) / previous) * 100;
}

/** The latest year with data and the change of its total against the year before. */
export function latestYearChange<T extends { month: string }>(
  records: readonly T[],
  field: (r: T) => number,
): { year: number; total: number; previous: number | null; changePercent: number | null } | null {
  const totals = totalsByYear(records, field);
  if (totals.size === 0) return null;
  const year = Math.max(...totals.keys());
  const total = totals.get(year) ?? 0;
  const previous = totals.get(year - 1) ?? null;
  return {
    year,
    total,
    previous,
    changePercent: previous === null ? null : changePercent(total, previous),
  };
}

/** Twelve monthly sums of `field` for `year` (months without records count 0). */
export function monthlySeries<T extends { month: string }>(
  records: readonly T[],
  year: number,
  field: (r: T) => number,
): number[] {
  const out = new Array<number>(12).fill(0);
  for (const r of records) {
    if (Number(r.month.slice(0, 4)) !== year) continue;
    const m = Number(r.month.slice(5, 7)) - 1;
    out[m] = (out[m] ?? 0) + field(r);
  }
  return out;
}
