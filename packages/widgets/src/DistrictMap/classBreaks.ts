/** One class of a choropleth legend: the actual range of its members and how many there are. */
export interface ClassBreak {
  /** Smallest member value. */
  min: number;
  /** Largest member value. */
  max: number;
  /** Number of districts in the class. */
  count: number;
  /** A value belongs here when it is ≥ this threshold and below the next class's. */
  threshold: number;
}

/**
 * Quantile classes: about the same number of districts per class. Thresholds fall on sorted
 * values, so equal values always share a class (fewer classes than asked when values repeat),
 * and each class reports the range its members really span, not an invented interval.
 */
export function quantileBreaks(
  values: readonly (number | null | undefined)[],
  classes = 5,
): ClassBreak[] {
  const sorted = values
    .filter((v): v is number => v != null && Number.isFinite(v))
    .sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return [];
  const k = Math.max(1, Math.min(Math.floor(classes), n));
  const thresholds: number[] = [sorted[0] as number];
  for (let i = 1; i < k; i++) {
    // A run of equal values at the cut pushes the cut to the next larger value.
    let j = Math.max(Math.floor((i * n) / k), 1);
    while (j < n && (sorted[j] as number) <= (thresholds[thresholds.length - 1] as number)) j++;
    if (j < n) thresholds.push(sorted[j] as number);
  }
  const breaks = thresholds.map((threshold) => ({
    threshold,
    min: Infinity,
    max: -Infinity,
    count: 0,
  }));
  for (const v of sorted) {
    const c = breaks[classIndex(v, breaks)] as ClassBreak;
    c.min = Math.min(c.min, v);
    c.max = Math.max(c.max, v);
    c.count += 1;
  }
  return breaks;
}

/** Index of the class `value` falls in, or −1 for a missing value or no classes. */
export function classIndex(
  value: number | null | undefined,
  breaks: readonly Pick<ClassBreak, 'threshold'>[],
): number {
  if (value == null || !Number.isFinite(value) || breaks.length === 0) return -1;
  let index = 0;
  for (let i = 1; i < breaks.length; i++) if (value >= (breaks[i]?.threshold as number)) index = i;
  return index;
}
