/**
 * Milliseconds between the figures of a count: about 15 a second. Every figure written is a
 * frame the page must lay out, paint and composite again (about 1.3 ms each at 1080p for the
 * default screen); sixty a second for every counting card made a live update cost 95 ms, most
 * of it repainting digits nobody can read at that rate. Fifteen still reads as counting.
 */
export const COUNT_STEP_MS = 66;

/**
 * How long before a figure is due the ticker asks for its frame: less than a 60 Hz frame, so the
 * frame asked for is the one the figure is due in, not the one before it (a wasted frame).
 */
const EARLY_MS = 12;

/** One count: writes its figure at time `t` (rAF time) and says whether it has finished. */
export type CountStep = (t: number) => boolean;

const counts = new Set<CountStep>();
let frame = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastStep = Number.NEGATIVE_INFINITY;

/**
 * Runs a count on the shared ticker: every card steps in the same frame every COUNT_STEP_MS,
 * so twenty cards counting after one feed update repaint the page fifteen times a second
 * together, not sixty times each. Between figures the ticker waits on a timer, not on frames:
 * a requested frame costs the page a style, layout and commit pass (about 2.5 ms at 1080p)
 * even when nothing is written in it. Returns its cancel.
 */
export function runCount(step: CountStep): () => void {
  counts.add(step);
  if (!frame && timer === undefined) frame = requestAnimationFrame(tick);
  return () => {
    counts.delete(step);
    if (counts.size === 0) stop();
  };
}

function stop(): void {
  if (frame) cancelAnimationFrame(frame);
  if (timer !== undefined) clearTimeout(timer);
  frame = 0;
  timer = undefined;
}

function tick(t: number): void {
  frame = 0;
  // A frame or two of slack: at 60 Hz the fourth frame comes at 66.7 ms, or a little early.
  if (t - lastStep >= COUNT_STEP_MS - 4) {
    lastStep = t;
    for (const step of [...counts]) if (step(t)) counts.delete(step);
  }
  if (counts.size === 0) return;
  const wait = lastStep + COUNT_STEP_MS - EARLY_MS - performance.now();
  if (wait <= 0) {
    frame = requestAnimationFrame(tick);
    return;
  }
  timer = setTimeout(() => {
    timer = undefined;
    frame = requestAnimationFrame(tick);
  }, wait);
}
