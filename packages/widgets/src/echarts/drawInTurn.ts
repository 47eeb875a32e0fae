import type { EChartsType } from 'echarts/core';

// Charts whose lazy update waits for its turn, oldest first.
const waiting: EChartsType[] = [];
// A chart has been let through since the last turn: it draws in the coming frame.
let taken = false;
let frame = 0;

/**
 * Lets a chart draw its pending lazy update in a frame of its own. ECharts draws every chart
 * whose option changed in the same animation frame, so one feed that feeds eight charts made a
 * 40 ms frame; taking turns makes eight short ones (a few frames later for the last chart,
 * which no one can see). A chart waits by pausing its zrender loop, which then skips its
 * frames until its turn; a lone update draws at once.
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

// Once a frame: the chart let through last draws now, so this frame is its; otherwise the
// next waiting chart goes on (it draws in this frame or the next, never with another).
function nextTurn(): void {
  frame = 0;
  if (taken) {
    taken = false;
  } else {
    let chart = waiting.shift();
    while (chart?.isDisposed()) chart = waiting.shift();
    if (chart) {
      chart.getZr().animation.resume();
      taken = true;
    }
  }
  if (waiting.length > 0 || taken) frame = requestAnimationFrame(nextTurn);
}

/** How many charts wait for their turn (for tests). */
export function chartsWaiting(): number {
  return waiting.length;
}
