/** The three supervision levels: red overdue, yellow at risk, green on time. */
export const LIGHT_LEVELS = ['red', 'yellow', 'green'] as const;

/** One supervision level. */
export type LightLevel = (typeof LIGHT_LEVELS)[number];

/** Counts per level. */
export type LightCounts = Record<LightLevel, number>;

/** One level's figures. */
export interface LightFigures {
  /** Level key. */
  level: LightLevel;
  /** Cases at this level. */
  count: number;
  /** Share in percent, one decimal; the three add up to exactly 100.0 when there are cases. */
  sharePct: number;
}

/** Counts cases by their `supervision` level; unknown levels are ignored. */
export function countLights(items: readonly { supervision: string }[]): LightCounts {
  const counts: LightCounts = { red: 0, yellow: 0, green: 0 };
  for (const it of items) if (it.supervision in counts) counts[it.supervision as LightLevel]++;
  return counts;
}

/**
 * Shares by largest remainder on tenths of a percent, so the wall never shows 33.3 + 33.3 + 33.3
 * = 99.9.
 */
export function computeLights(counts: LightCounts): LightFigures[] {
  const clean = LIGHT_LEVELS.map((level) => ({
    level,
    count: Math.max(0, Math.round(counts[level] ?? 0)),
  }));
  const total = clean.reduce((a, b) => a + b.count, 0);
  if (total === 0) return clean.map((c) => ({ ...c, sharePct: 0 }));
  const raw = clean.map((c) => (c.count / total) * 1000);
  const floors = raw.map(Math.floor);
  let left = 1000 - floors.reduce((a, b) => a + b, 0);
  const order = raw
    .map((r, i) => ({ i, rem: r - Math.floor(r) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return clean.map((c, i) => ({ ...c, sharePct: (floors[i] ?? 0) / 10 }));
}
