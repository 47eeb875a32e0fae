/**
 * The change from `previous` to `current`, in percent: (current − previous) / previous × 100.
 * Null when either is missing or the earlier figure is zero (no change can be stated then).
 * The one owner of year-on-year and period-on-period change, for bindings and widgets alike.
 */
export function changePercent(
  current: number | null | undefined,
  previous: number | null | undefined,
): number | null {
  if (
    current == null ||
    previous == null ||
    !Number.isFinite(current) ||
    !Number.isFinite(previous)
  ) {
    return null;
  }
  if (previous === 0) return null;
  return ((current - previous) / Math.abs(previous)) * 100;
}
