import { funnelFigures, HOTLINE_STAGES } from '@onescreen/core';

/** The five 12345 stages in order (keys as in the hotline feed; their owner is core). */
export const PIPELINE_STAGES = HOTLINE_STAGES;

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
  stage: string;
  /** Stage name in the screen language (default: the 12345 stage's name). */
  name?: string | undefined;
  /** Cases that reached this stage. */
  count: number;
  /** Cases sitting in this stage now (reached it, not the next). */
  open: number;
  /** Share of the previous stage's cases that reached this one (0..1); null for the first or after 0. */
  conversion: number | null;
  /** Mean hours from reaching this stage to reaching the next, over cases that did both; null when none did or for the last stage. */
  dwellHours: number | null;
}

const STAGE_FIELDS = PIPELINE_STAGES.map((s) => `times.${s}`);

/** Counts, conversion and mean dwell per stage from per-case stage timestamps (core's funnel). */
export function computePipeline(cases: readonly PipelineCase[]): StageFigures[] {
  const rows = cases.map((c) =>
    Object.fromEntries(PIPELINE_STAGES.map((s) => [`times.${s}`, c.times?.[s]])),
  );
  return funnelFigures(rows, STAGE_FIELDS).map((f) => ({
    stage: f.stage,
    count: f.reached,
    open: f.open,
    conversion: f.conversion === null ? null : f.conversion / 100,
    dwellHours: f.dwellHours,
  }));
}
