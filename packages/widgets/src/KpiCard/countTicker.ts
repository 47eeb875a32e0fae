/**
 * Milliseconds between the figures of a count: about 15 a second. Every figure written is a
 * frame the page must lay out, paint and composite again (about 1.3 ms each at 1080p for the
 * default screen); sixty a second for every counting card made a live update cost 95 ms, most
 * of it repainting digits nobody can read at that rate. Fifteen still reads as counting.
 */
export const COUNT_STEP_MS = 66;

/** One count: writes its figure at time `t` (rAF time) and says whether it has finished. */
export type CountStep = (t: number) => boolean;

const counts = new Set<CountStep>();
let frame = 0;
let lastStep = Number.NEGATIVE_INFINITY;

/**
 * Runs a count on the shared ticker: one rAF loop for every card, stepping all of them in the
 * same frame every COUNT_STEP_MS, so twenty cards counting after one feed update repaint the
 * page fifteen times a second together, not sixty times each. Returns its cancel.
 */
export function runCount(step: CountStep): () => void {
  counts.add(step);
  if (!frame) frame = requestAnimationFrame(tick);
  return () => {
    counts.delete(step);
    if (counts.size === 0 && frame) {
      cancelAnimationFrame(frame);
      frame = 0;
    }
  };
}

function tick(t: number): void {
  frame = 0;
  // A frame or two of slack: at 60 Hz the fourth frame comes at 66.7 ms, or a little early.
  if (t - lastStep >= COUNT_STEP_MS - 4) {
    lastStep = t;
    for (const step of [...counts]) if (step(t)) counts.delete(step);
  }
  if (counts.size > 0) frame = requestAnimationFrame(tick);
}
