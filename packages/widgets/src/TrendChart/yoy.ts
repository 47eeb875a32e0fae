import { changePercent } from '@onescreen/core';
import type { TrendInput, TrendSeries, TrendSummary } from './types.js';

/**
 * Year-on-year change in percent over the periods that both years report, so a month missing from
 * either year does not inflate or deflate the comparison.
 */
export function yoyChange(
  values: readonly (number | null)[],
  previous: readonly (number | null)[],
): number | null {
  let now = 0;
  let before = 0;
  let pairs = 0;
  values.forEach((v, i) => {
    const p = previous[i];
    if (v == null || p == null || !Number.isFinite(v) || !Number.isFinite(p)) return;
    now += v;
    before += p;
    pairs += 1;
  });
  return pairs === 0 ? null : changePercent(now, before);
}

/** Totals and YoY change per series. */
export function trendSummary(series: readonly TrendSeries[]): TrendSummary[] {
  return series.map((s) => ({
    name: s.name,
    total: s.values.reduce<number>((sum, v) => sum + (v != null && Number.isFinite(v) ? v : 0), 0),
    change: s.previous ? yoyChange(s.values, s.previous) : null,
  }));
}

/** True when there is nothing to draw: no categories or no finite value in any series. */
export function isTrendEmpty(input: Pick<TrendInput, 'categories' | 'series'>): boolean {
  return (
    input.categories.length === 0 ||
    !input.series.some((s) => s.values.some((v) => v != null && Number.isFinite(v)))
  );
}
