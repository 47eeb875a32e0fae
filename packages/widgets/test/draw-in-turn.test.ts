import type { EChartsType } from 'echarts/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chartsWaiting, DRAW_BUDGET_MS, drawInTurn } from '../src/echarts/drawInTurn.js';

// The frame loop is the test's: each pump() runs the callbacks requested for one frame.
let callbacks: FrameRequestCallback[] = [];
const pump = () => {
  const now = callbacks;
  callbacks = [];
  for (const cb of now) cb(performance.now());
};

/** A chart whose pending draw takes `cost` ms, recording the frame it drew in. */
function fakeChart(cost: number, drewIn: number[], frameNo: () => number) {
  let paused = false;
  let disposed = false;
  const animation = {
    pause: () => {
      paused = true;
    },
    resume: () => {
      paused = false;
    },
    update: () => {
      const until = performance.now() + cost;
      while (performance.now() < until) {
        // The draw's cost.
      }
      drewIn.push(frameNo());
    },
  };
  const chart = {
    isDisposed: () => disposed,
    getZr: () => ({ animation }),
    dispose: () => {
      disposed = true;
    },
  };
  return { chart: chart as unknown as EChartsType, paused: () => paused, dispose: chart.dispose };
}

beforeEach(() => {
  callbacks = [];
  globalThis.requestAnimationFrame = (cb) => {
    callbacks.push(cb);
    return callbacks.length;
  };
});
afterEach(() => {
  // Drain whatever a failed test left waiting, so the next starts empty.
  for (let i = 0; i < 50 && callbacks.length > 0; i++) pump();
});

describe('drawInTurn', () => {
  it('lets a lone update draw on its own loop, and holds the ones that come with it', () => {
    let frameNo = 0;
    const drewIn: number[] = [];
    const charts = [0, 1, 2, 3, 4, 5].map(() => fakeChart(3, drewIn, () => frameNo));
    for (const c of charts) drawInTurn(c.chart);
    // The first draws on its own zrender loop; the other five wait, their loops paused.
    expect(charts.map((c) => c.paused())).toEqual([false, true, true, true, true, true]);
    expect(chartsWaiting()).toBe(5);
    // Frame 1 is the first chart's; the waiting ones draw from frame 2 on.
    for (frameNo = 1; frameNo <= 20 && (callbacks.length > 0 || chartsWaiting() > 0); frameNo++)
      pump();
    expect(chartsWaiting()).toBe(0);
    expect(charts.every((c) => !c.paused())).toBe(true);
    expect(drewIn).toHaveLength(5);
    expect(Math.min(...drewIn)).toBe(2);
    // 3 ms each against an 8 ms budget: never more than three in a frame, so at least two frames.
    const perFrame = new Map<number, number>();
    for (const f of drewIn) perFrame.set(f, (perFrame.get(f) ?? 0) + 1);
    expect(Math.max(...perFrame.values())).toBeLessThanOrEqual(Math.ceil(DRAW_BUDGET_MS / 3));
    expect(perFrame.size).toBeGreaterThanOrEqual(2);
  });

  it('draws one chart a frame when each takes longer than the budget', () => {
    let frameNo = 0;
    const drewIn: number[] = [];
    const charts = [0, 1, 2, 3].map(() => fakeChart(DRAW_BUDGET_MS + 1, drewIn, () => frameNo));
    for (const c of charts) drawInTurn(c.chart);
    for (frameNo = 1; frameNo <= 20 && (callbacks.length > 0 || chartsWaiting() > 0); frameNo++)
      pump();
    expect(drewIn).toEqual([2, 3, 4]);
  });

  it('skips a chart disposed while it waited', () => {
    let frameNo = 0;
    const drewIn: number[] = [];
    const [first, gone, last] = [0, 1, 2].map(() => fakeChart(1, drewIn, () => frameNo));
    for (const c of [first, gone, last]) drawInTurn(c?.chart as EChartsType);
    gone?.dispose();
    for (frameNo = 1; frameNo <= 20 && (callbacks.length > 0 || chartsWaiting() > 0); frameNo++)
      pump();
    expect(drewIn).toEqual([2]);
    expect(chartsWaiting()).toBe(0);
  });
});
