import type { EChartsType } from 'echarts/core';

/**
 * Milliseconds of chart drawing a frame may take before the next waiting chart is left for the
 * next frame: half a 60 Hz frame, leaving the rest for the browser's own layout and paint.
 */
export const DRAW_BUDGET_MS = 8;

// Charts whose lazy update waits for a frame with room, oldest first.
const waiting: EChartsType[] = [];
// A chart has been let through since the last turn: it draws in the coming frame by itself.
let taken = false;
let frame = 0;

/**
 * Spreads the redraws of charts updated together over frames. ECharts draws every chart whose
 * lazy option changed in the same animation frame: one feed that feeds eight charts made one
 * 40 ms frame, and a 4K wall dropped frames whenever feeds changed. A lone update draws at its
 * chart's next frame as before; charts that arrive while one is drawing wait (their zrender
 * loop paused), and each frame draws waiting charts until DRAW_BUDGET_MS is spent (at least
 * one), so a burst costs a few frames of bounded length instead of one long one or one frame
 * per chart (each frame also costs the page a layout and paint).
 */
export function drawInTurn(chart: EChartsType): void {
  if (chart.isDisposed() || waiting.includes(chart)) return;
  if (!taken && waiting.length === 0) {
    taken = true;
  } else {
    chart.getZr().animation.pause();
    waiting.push(chart);
  }
  if (!frame) frame = requestAnimationFrame(nextTurn);
}

// Once a frame. The chart let through last draws in this frame on its own loop, so the frame is
// its; otherwise waiting charts draw here, now (zrender's update runs ECharts' pending update and
// paints), while the budget lasts, and their loops run again.
function nextTurn(): void {
  frame = 0;
  if (taken) {
    taken = false;
  } else {
    const start = performance.now();
    for (let drawn = 0; waiting.length > 0; ) {
      if (drawn > 0 && performance.now() - start >= DRAW_BUDGET_MS) break;
      const chart = waiting.shift() as EChartsType;
      if (chart.isDisposed()) continue;
      const animation = chart.getZr().animation;
      animation.resume();
      animation.update();
      drawn++;
    }
  }
  if (waiting.length > 0 || taken) frame = requestAnimationFrame(nextTurn);
}

/** How many charts wait for their turn (for tests). */
export function chartsWaiting(): number {
  return waiting.length;
}
