/** xs[i], or a thrown error when the index is out of range (generator bugs fail loudly). */
export function nth<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new RangeError(`index ${i} out of range ${xs.length}`);
  return x;
}

/**
 * Splits an integer total into integers proportional to `weights` that sum exactly to
 * `total` (largest remainder; ties go to the earlier index, so the result is deterministic).
 */
export function splitTotal(total: number, weights: readonly number[]): number[] {
  return allocateCapped(
    total,
    weights,
    weights.map(() => Number.POSITIVE_INFINITY),
  );
}

/**
 * Like splitTotal, but no part exceeds its cap (e.g. accusation-type petitions never exceed
 * the petitions received). Throws when the caps cannot hold the total.
 */
export function allocateCapped(
  total: number,
  weights: readonly number[],
  caps: readonly number[],
): number[] {
  if (!Number.isInteger(total) || total < 0) throw new Error(`bad total ${total}`);
  const parts = weights.map(() => 0);
  const room = (i: number): number => nth(caps, i) - nth(parts, i);
  let left = total;
  // Repeat proportional rounds over the parts that still have room.
  for (let round = 0; left > 0 && round < 50; round++) {
    const open = weights.flatMap((w, i) => (room(i) > 0 && w > 0 ? [i] : []));
    const sum = open.reduce((s, i) => s + nth(weights, i), 0);
    if (sum === 0) break;
    const shares = open.map((i) => ({ i, exact: (left * nth(weights, i)) / sum }));
    let given = 0;
    for (const s of shares) {
      const add = Math.min(Math.floor(s.exact), room(s.i));
      parts[s.i] = nth(parts, s.i) + add;
      given += add;
    }
    let rest = left - given;
    const byRemainder = [...shares].sort((a, b) => (b.exact % 1) - (a.exact % 1) || a.i - b.i);
    for (const s of byRemainder) {
      if (rest === 0) break;
      if (room(s.i) > 0) {
        parts[s.i] = nth(parts, s.i) + 1;
        rest -= 1;
      }
    }
    left = rest;
  }
  if (left > 0) throw new Error(`caps cannot hold total ${total}`);
  return parts;
}
