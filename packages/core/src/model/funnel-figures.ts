// The workflow figures per stage, apart from the funnel transform's schema, so a widget that
// draws a pipeline does not carry the binding validator with it.

import { timestampMs } from './timestamp-ms.js';

const HOUR = 3_600_000;

/** A stage's id: the last part of its time field's name (`times.handled` → handled). */
export const stageId = (field: string) => field.slice(field.lastIndexOf('.') + 1);

/** One stage's figures, as the funnel transform writes them. */
export type FunnelStage = {
  /** The stage's id: the last part of its time field's name (`times.handled` → handled). */
  stage: string;
  /** Records that reached it. */
  reached: number;
  /** Records that reached it and not the next (none for the last stage). */
  open: number;
  /** Share of the previous stage's records that reached it, in percent; null for the first. */
  conversion: number | null;
  /** Mean hours from reaching it to reaching the next, over records that did both. */
  dwellHours: number | null;
};

const toMs = (v: unknown) =>
  typeof v === 'number' ? v : typeof v === 'string' ? timestampMs(v) : Number.NaN;

// Each row's stage times by the stage list that asked (a binding's, kept as long as its config
// is): a row kept from the feed's last value (see tableFrame) is not read again.
const timesByStages = new WeakMap<readonly string[], WeakMap<object, number[]>>();

function stageTimes(stages: readonly string[]): WeakMap<object, number[]> {
  let times = timesByStages.get(stages);
  if (!times) {
    times = new WeakMap();
    timesByStages.set(stages, times);
  }
  return times;
}

/**
 * The workflow figures of each stage, from the time (ISO 8601 text or epoch ms) at which each
 * record reached it. A time that runs backwards is a feed fault; it is left out of the mean.
 */
export function funnelFigures(
  rows: readonly Readonly<Record<string, unknown>>[],
  stages: readonly string[],
): FunnelStage[] {
  const n = stages.length;
  const reached = new Array<number>(n).fill(0);
  const open = new Array<number>(n).fill(0);
  const dwellSum = new Array<number>(n).fill(0);
  const dwellCount = new Array<number>(n).fill(0);
  const known = stageTimes(stages);
  for (const row of rows) {
    let ms = known.get(row);
    if (!ms) {
      ms = stages.map((s) => toMs(row[s]));
      known.set(row, ms);
    }
    let last = -1;
    for (let i = 0; i < n; i++) {
      const here = ms[i] ?? Number.NaN;
      if (Number.isNaN(here)) continue;
      reached[i] = (reached[i] ?? 0) + 1;
      last = i;
      const next = ms[i + 1] ?? Number.NaN;
      if (!Number.isNaN(next) && next >= here) {
        dwellSum[i] = (dwellSum[i] ?? 0) + (next - here) / HOUR;
        dwellCount[i] = (dwellCount[i] ?? 0) + 1;
      }
    }
    if (last >= 0 && last < n - 1) open[last] = (open[last] ?? 0) + 1;
  }
  return stages.map((s, i) => {
    const before = i === 0 ? 0 : (reached[i - 1] ?? 0);
    return {
      stage: stageId(s),
      reached: reached[i] ?? 0,
      open: open[i] ?? 0,
      conversion: i === 0 || before === 0 ? null : ((reached[i] ?? 0) / before) * 100,
      dwellHours: (dwellCount[i] ?? 0) > 0 ? (dwellSum[i] ?? 0) / (dwellCount[i] ?? 1) : null,
    };
  });
}
