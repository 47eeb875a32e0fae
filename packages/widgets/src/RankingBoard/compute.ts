/** One entry to rank. */
export interface RankingItem {
  /** Name (feed text, shown as text). */
  name: string;
  /** Value ranked on. */
  value: number;
}

/** A ranked row, ready to draw. */
export interface RankedRow extends RankingItem {
  /** Competition rank: equal values share a rank and the next rank skips (1, 1, 3). */
  rank: number;
  /** Bar length: value / largest value (0..1). */
  ratio: number;
}

/**
 * Sorts by value (largest first, or smallest first when `ascending`), keeps the first
 * `limit`, and ranks them. Non-finite values are dropped rather than ranked last, since
 * a missing figure is not a small one.
 */
export function rankItems(
  items: readonly RankingItem[],
  limit = 10,
  ascending = false,
): RankedRow[] {
  const finite = items.filter((i) => Number.isFinite(i.value));
  const sorted = [...finite].sort((a, b) => (ascending ? a.value - b.value : b.value - a.value));
  const top = sorted.slice(0, Math.max(0, limit));
  const max = Math.max(0, ...finite.map((i) => Math.abs(i.value)));
  let rank = 0;
  return top.map((item, index) => {
    if (index === 0 || item.value !== top[index - 1]?.value) rank = index + 1;
    return { ...item, rank, ratio: max > 0 ? Math.abs(item.value) / max : 0 };
  });
}
