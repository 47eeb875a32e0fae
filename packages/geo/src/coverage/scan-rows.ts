/**
 * Where each horizontal line y = yStart + j·step (j = 0 … rows−1) crosses a set of rings.
 * Calls `onRow(j, xs)` with the crossings sorted; pairs (xs[0], xs[1]), (xs[2], xs[3]) … are
 * the inside spans under the even-odd rule, which fills holes and multipolygons correctly
 * without looking at winding. An edge counts when it straddles the line half-open
 * (ya ≤ y < yb or yb ≤ y < ya), so a vertex on the line is counted once.
 * Each edge is visited only for the rows it spans, so the cost is edges + crossings.
 */
export function scanRows(
  rings: readonly Float64Array[],
  yStart: number,
  step: number,
  rows: number,
  onRow: (j: number, xs: number[]) => void,
): void {
  const buckets: number[][] = Array.from({ length: rows }, () => []);
  for (const xy of rings) {
    for (let k = 0; k + 3 < xy.length; k += 2) {
      const xa = xy[k] as number;
      const ya = xy[k + 1] as number;
      const xb = xy[k + 2] as number;
      const yb = xy[k + 3] as number;
      if (ya === yb) continue;
      const lo = Math.min(ya, yb);
      const hi = Math.max(ya, yb);
      const j0 = Math.max(0, Math.ceil((lo - yStart) / step));
      const j1 = Math.min(rows - 1, Math.ceil((hi - yStart) / step) - 1);
      const slope = (xb - xa) / (yb - ya);
      for (let j = j0; j <= j1; j++) {
        const y = yStart + j * step;
        if (y < lo || y >= hi) continue; // guard the rounding at both ends
        (buckets[j] as number[]).push(xa + (y - ya) * slope);
      }
    }
  }
  for (let j = 0; j < rows; j++) {
    const xs = buckets[j] as number[];
    if (xs.length < 2) continue;
    xs.sort((a, b) => a - b);
    onRow(j, xs);
  }
}
