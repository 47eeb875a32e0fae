/** The q-quantile (0–1) of a list, by the nearest rank; NaN for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  ] as number;
}

/** The median of a list. */
export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Intervals between consecutive timestamps. */
export function intervals(times: readonly number[]): number[] {
  return times.slice(1).map((t, i) => t - (times[i] as number));
}
