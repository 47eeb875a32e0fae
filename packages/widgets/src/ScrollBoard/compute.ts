/** Longest frame step honoured, in ms: after a hidden tab or a stall the board moves one calm step, never a leap. */
export const MAX_STEP_MS = 100;

/**
 * Advances a scroll offset by `dtMs` at `speed` px/s, wrapping at `loop` px (one full set of rows).
 * Speed depends on elapsed time only, so the pace is the same at 30, 60 or 144 Hz.
 */
export function advanceOffset(offset: number, dtMs: number, speed: number, loop: number): number {
  if (loop <= 0) return 0;
  const step = (Math.min(Math.max(dtMs, 0), MAX_STEP_MS) / 1000) * speed;
  return (((offset + step) % loop) + loop) % loop;
}

/**
 * Whole rows that fit a viewport `height` px tall (at least one): with `visibleRows: 'fit'` the
 * board shows this many, so no row is cut at the foot of its slot.
 */
export function rowsThatFit(height: number, rowHeight: number): number {
  if (!(height > 0) || !(rowHeight > 0)) return 1;
  return Math.max(1, Math.floor(height / rowHeight));
}

/** Whether the board scrolls: only when there are more rows than fit. */
export function shouldScroll(rowCount: number, visibleRows: number): boolean {
  return rowCount > visibleRows;
}

/**
 * Keeps the scroll position when the row set changes: the same offset wrapped into the new
 * loop length, so an update neither restarts the board nor jumps past the end.
 */
export function carryOffset(offset: number, loop: number): number {
  return loop > 0 ? ((offset % loop) + loop) % loop : 0;
}

/** Offset after stepping `rows` whole rows (keyboard), snapped to row boundaries. */
export function stepRows(offset: number, rows: number, rowHeight: number, loop: number): number {
  if (loop <= 0) return 0;
  const snapped = Math.round(offset / rowHeight) * rowHeight;
  return carryOffset(snapped + rows * rowHeight, loop);
}

/** Row keys in display order: the rows, then (when scrolling) a copy for a seamless wrap. */
export function displayKeys(keys: string[], scrolls: boolean): string[] {
  return scrolls ? [...keys, ...keys.map((k) => `${k}\u0000copy`)] : keys;
}

/** One run of the scroll animation: the distance it covers and in how many whole-pixel steps. */
export interface ScrollRun {
  /** Px travelled in one iteration: the loop, rounded to whole device pixels. */
  distance: number;
  /** Device pixels in it: the animation moves in this many equal steps (CSS `steps()`). */
  steps: number;
}

/**
 * The run of a loop of `loop` px at `pixelRatio` device pixels per px. Each step is exactly one
 * device pixel, so the rows never stand between pixels (soft text); the run is then at most half
 * a device pixel shorter than the loop, which the wrap absorbs unseen.
 */
export function scrollRun(loop: number, pixelRatio: number): ScrollRun {
  const steps = Math.max(1, Math.round(loop * pixelRatio));
  return { distance: steps / pixelRatio, steps };
}

/** Where a run started at `from` px stands after `elapsedMs` at `speed` px/s, on its pixel steps. */
export function runOffset(from: number, elapsedMs: number, speed: number, run: ScrollRun): number {
  const raw =
    (((from + (Math.max(elapsedMs, 0) / 1000) * speed) % run.distance) + run.distance) %
    run.distance;
  const perStep = run.distance / run.steps;
  return Math.floor(raw / perStep + 1e-9) * perStep;
}
