import type { Placed } from './selection.js';
import { shanghaiHourWeekday } from './shanghai-time.js';

/** The five stages, in workflow order (as in @onescreen/core's HOTLINE_STAGES). */
export const stageOrder = [
  'received',
  'assigned',
  'handled',
  'closureReviewed',
  'followedUp',
] as const;

/** One stage of the 12345 workflow. */
export type Stage = (typeof stageOrder)[number];

/** The fields of a 12345 case this app reads. */
export interface HotlineCaseLike extends Placed {
  id: string;
  category: string;
  stage: Stage;
  times: Partial<Record<Stage, string>> & { received: string };
  reminded: boolean;
  supervision: 'red' | 'yellow' | 'green';
}

/** Per stage: cases that reached it, cases sitting in it now, and the mean time spent before moving on. */
export interface StageFigure {
  stage: Stage;
  reached: number;
  current: number;
  /** Mean ms from reaching this stage to reaching the next, over cases that moved on; null if none did. */
  meanDwellMs: number | null;
}

/** Counts and dwell times along the workflow. */
export function stageFigures(cases: readonly HotlineCaseLike[]): StageFigure[] {
  return stageOrder.map((stage, i) => {
    const next = stageOrder[i + 1];
    let reached = 0;
    let current = 0;
    let dwellSum = 0;
    let moved = 0;
    for (const c of cases) {
      const at = c.times[stage];
      if (at === undefined) continue;
      reached++;
      if (c.stage === stage) current++;
      const nextAt = next === undefined ? undefined : c.times[next];
      if (nextAt !== undefined) {
        dwellSum += Date.parse(nextAt) - Date.parse(at);
        moved++;
      }
    }
    return { stage, reached, current, meanDwellMs: moved > 0 ? dwellSum / moved : null };
  });
}

/** Share of cases that needed a reminder (催办率), in percent; null without cases. */
export function reminderRate(cases: readonly HotlineCaseLike[]): number | null {
  if (cases.length === 0) return null;
  return (cases.filter((c) => c.reminded).length / cases.length) * 100;
}

/** Cases under red, yellow and green supervision. */
export function supervisionCounts(
  cases: readonly HotlineCaseLike[],
): Record<'red' | 'yellow' | 'green', number> {
  const out = { red: 0, yellow: 0, green: 0 };
  for (const c of cases) out[c.supervision]++;
  return out;
}

/** The `n` most recently received cases, newest first. */
export function latestCases<T extends HotlineCaseLike>(cases: readonly T[], n: number): T[] {
  return [...cases]
    .sort(
      (a, b) =>
        Date.parse(b.times.received) - Date.parse(a.times.received) || a.id.localeCompare(b.id),
    )
    .slice(0, n);
}

/** Cases received per weekday (rows, Monday first) and hour (columns), in Asia/Shanghai. */
export function receivedHeat(cases: readonly HotlineCaseLike[]): number[][] {
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const c of cases) {
    const { hour, weekday } = shanghaiHourWeekday(Date.parse(c.times.received));
    const row = grid[weekday];
    if (row) row[hour] = (row[hour] ?? 0) + 1;
  }
  return grid;
}
