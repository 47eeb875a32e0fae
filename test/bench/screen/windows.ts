import type { Page } from 'playwright-core';
import { type BenchPage, taskMs } from './browser.js';

/** What one scenario measured: main-thread time per window, long tasks and frames. */
export interface WindowRun {
  /** Main-thread task time (thread CPU, ms) of each window. */
  cpu: number[];
  /** Wall-clock length of each window, ms. */
  wall: number[];
  /** Durations (ms) of the long tasks (over 50 ms) seen during the windows. */
  longTasks: number[];
  /** For each long task, what ran in the animation frame around it (scripts, rendering). */
  longTaskParts: string[];
  /** Animation-frame times (ms) during the windows, when frames were asked for. */
  frames: number[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function longTaskCount(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __bench: { longTasks: unknown[] } }).__bench.longTasks.length,
  );
}

/**
 * Run `count` windows of `windowMs` each: `act(i)` starts window i (writes feeds, or nothing
 * for idle), then the window's main-thread time is read from Chromium's counters. Thread CPU
 * time, not wall time, so a busy neighbour on this 2-core machine does not count as ours.
 */
export async function runWindows(
  p: BenchPage,
  count: number,
  windowMs: number,
  act: (i: number) => void,
  options: { frames?: boolean } = {},
): Promise<WindowRun> {
  const run: WindowRun = { cpu: [], wall: [], longTasks: [], longTaskParts: [], frames: [] };
  const firstLong = await longTaskCount(p.page);
  if (options.frames)
    await p.page.evaluate(() =>
      (window as never as { __bench: { startFrames(): void } }).__bench.startFrames(),
    );
  let before = await taskMs(p.cdp);
  let start = performance.now();
  for (let i = 0; i < count; i++) {
    act(i);
    await sleep(Math.max(0, windowMs - (performance.now() - start)));
    const after = await taskMs(p.cdp);
    const now = performance.now();
    run.cpu.push(after - before);
    run.wall.push(now - start);
    before = after;
    start = now;
  }
  if (options.frames) {
    run.frames = await p.page.evaluate(() =>
      (window as never as { __bench: { stopFrames(): number[] } }).__bench.stopFrames(),
    );
  }
  const seen = await p.page.evaluate((from) => {
    const bench = (
      window as unknown as {
        __bench: { longTasks: [number, number][]; longFrames: [number, number, string][] };
      }
    ).__bench;
    return bench.longTasks.slice(from).map(([at, ms]) => {
      const frame = bench.longFrames.find(([f, d]) => at >= f - 1 && at <= f + d);
      return [ms, frame ? frame[2] : 'outside any animation frame'] as const;
    });
  }, firstLong);
  run.longTasks = seen.map(([ms]) => ms);
  run.longTaskParts = seen.map(([ms, parts]) => `${Math.round(ms)} ms: ${parts}`);
  return run;
}
