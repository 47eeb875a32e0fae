import { type ClassBreak, classIndex } from './classBreaks.js';

/**
 * Natural breaks: the split of the sorted values into at most `classes` runs that minimises
 * the sum of squared deviations within runs (the optimum Jenks' method iterates towards,
 * found exactly by dynamic programming as in Wang & Song's Ckmeans.1d.dp, O(k·n²); districts
 * number in the tens). Equal values always share a class.
 */
export function naturalBreaks(
  values: readonly (number | null | undefined)[],
  classes = 5,
): ClassBreak[] {
  const sorted = values
    .filter((v): v is number => v != null && Number.isFinite(v))
    .sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return [];
  const distinct = new Set(sorted).size;
  const k = Math.max(1, Math.min(Math.floor(classes), distinct));
  // Prefix sums give any run's squared deviation in O(1).
  const s1 = [0];
  const s2 = [0];
  for (const v of sorted) {
    s1.push((s1[s1.length - 1] as number) + v);
    s2.push((s2[s2.length - 1] as number) + v * v);
  }
  const ssd = (i: number, j: number) => {
    const sum = (s1[j] as number) - (s1[i] as number);
    return (s2[j] as number) - (s2[i] as number) - (sum * sum) / (j - i);
  };
  // cost[c][j]: best cost of the first j values in c + 1 runs; start[c][j]: where the last run starts.
  const cost: number[][] = [Array.from({ length: n + 1 }, (_, j) => (j === 0 ? 0 : ssd(0, j)))];
  const start: number[][] = [Array.from({ length: n + 1 }, () => 0)];
  for (let c = 1; c < k; c++) {
    const row = Array.from({ length: n + 1 }, () => Infinity);
    const from = Array.from({ length: n + 1 }, () => 0);
    for (let j = c + 1; j <= n; j++) {
      for (let i = c; i < j; i++) {
        // A run may not begin inside a run of equal values.
        if (sorted[i] === sorted[i - 1]) continue;
        const total = (cost[c - 1]?.[i] as number) + ssd(i, j);
        if (total < (row[j] as number)) {
          row[j] = total;
          from[j] = i;
        }
      }
    }
    cost.push(row);
    start.push(from);
  }
  // Walk back from the best class count that reached all n values.
  let c = k - 1;
  while (c > 0 && !Number.isFinite(cost[c]?.[n] as number)) c--;
  const starts: number[] = [];
  for (let j = n; c >= 0; c--) {
    const i = c === 0 ? 0 : (start[c]?.[j] as number);
    starts.unshift(i);
    j = i;
  }
  const breaks = starts.map((i) => ({
    threshold: sorted[i] as number,
    min: Infinity,
    max: -Infinity,
    count: 0,
  }));
  for (const v of sorted) {
    const b = breaks[classIndex(v, breaks)] as ClassBreak;
    b.min = Math.min(b.min, v);
    b.max = Math.max(b.max, v);
    b.count += 1;
  }
  return breaks;
}
