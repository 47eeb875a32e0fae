/** The five 12345 stages in order (keys as in the hotline feed). */
export const PIPELINE_STAGES = [
  'received',
  'assigned',
  'handled',
  'closureReviewed',
  'followedUp',
] as const;

/** One stage of the 12345 workflow. */
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** A case with the time (ISO 8601 or epoch ms) it reached each stage; unreached stages are absent. */
export interface PipelineCase {
  /** When each reached stage was reached. */
  times: Partial<Record<PipelineStage, string | number | undefined>>;
}

/** One stage's figures. */
export interface StageFigures {
  /** Stage key. */
  stage: PipelineStage;
  /** Cases that reached this stage. */
  count: number;
  /** Cases sitting in this stage now (reached it, not the next). */
  open: number;
  /** Share of the previous stage's cases that reached this one (0..1); null for the first or after 0. */
  conversion: number | null;
  /** Mean hours from reaching this stage to reaching the next, over cases that did both; null when none did or for the last stage. */
  dwellHours: number | null;
}

const toMs = (t: string | number | undefined): number | null => {
  if (t === undefined) return null;
  const ms = typeof t === 'number' ? t : Date.parse(t);
  return Number.isFinite(ms) ? ms : null;
};

/** Counts, conversion and mean dwell per stage from per-case stage timestamps. */
export function computePipeline(cases: readonly PipelineCase[]): StageFigures[] {
  const n = PIPELINE_STAGES.length;
  const count = new Array<number>(n).fill(0);
  const dwellSum = new Array<number>(n).fill(0);
  const dwellN = new Array<number>(n).fill(0);
  for (const c of cases) {
    const ms = PIPELINE_STAGES.map((s) => toMs(c.times[s]));
    for (let i = 0; i < n; i++) {
      const here = ms[i];
      if (here === null || here === undefined) continue;
      count[i] = (count[i] ?? 0) + 1;
      const next = ms[i + 1];
      // A time that runs backwards is a feed fault; leave it out of the mean rather than skew it.
      if (next !== null && next !== undefined && next >= here) {
        dwellSum[i] = (dwellSum[i] ?? 0) + (next - here);
        dwellN[i] = (dwellN[i] ?? 0) + 1;
      }
    }
  }
  return PIPELINE_STAGES.map((stage, i) => {
    const prev = i > 0 ? (count[i - 1] ?? 0) : 0;
    const here = count[i] ?? 0;
    const next = count[i + 1] ?? 0;
    return {
      stage,
      count: here,
      open: i === n - 1 ? 0 : Math.max(0, here - next),
      conversion: i === 0 || prev === 0 ? null : here / prev,
      dwellHours: (dwellN[i] ?? 0) > 0 ? (dwellSum[i] ?? 0) / (dwellN[i] ?? 1) / 3_600_000 : null,
    };
  });
}
