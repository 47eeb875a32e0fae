import { describe, expect, it } from 'vitest';
import {
  advanceOffset,
  carryOffset,
  displayKeys,
  MAX_STEP_MS,
  rowsThatFit,
  runOffset,
  scrollRun,
  shouldScroll,
  stepRows,
} from '../src/ScrollBoard/compute.js';

describe('ScrollBoard motion', () => {
  it('moves by time, not by frame: same distance at 30 and 144 Hz', () => {
    let a = 0;
    for (let i = 0; i < 30; i++) a = advanceOffset(a, 1000 / 30, 24, 10_000);
    let b = 0;
    for (let i = 0; i < 144; i++) b = advanceOffset(b, 1000 / 144, 24, 10_000);
    expect(a).toBeCloseTo(24, 6);
    expect(b).toBeCloseTo(24, 6);
  });
  it('wraps at the loop length', () => {
    expect(advanceOffset(390, 100, 200, 400)).toBeCloseTo(10, 6);
  });
  it('never leaps after a stall or a hidden tab', () => {
    expect(advanceOffset(0, 60_000, 20, 10_000)).toBeCloseTo((MAX_STEP_MS / 1000) * 20, 6);
    expect(advanceOffset(5, -50, 20, 100)).toBe(5);
  });
  it("'fit' shows the whole rows the room holds, and never fewer than one", () => {
    expect(rowsThatFit(300, 40)).toBe(7);
    expect(rowsThatFit(320, 40)).toBe(8);
    expect(rowsThatFit(39, 40)).toBe(1);
    expect(rowsThatFit(0, 40)).toBe(1);
    expect(rowsThatFit(Number.NaN, 40)).toBe(1);
    expect(rowsThatFit(300, 0)).toBe(1);
  });
  it('scrolls only when rows overflow', () => {
    expect(shouldScroll(3, 5)).toBe(false);
    expect(shouldScroll(5, 5)).toBe(false);
    expect(shouldScroll(6, 5)).toBe(true);
  });
  it('carries the position into a changed row set', () => {
    expect(carryOffset(120, 400)).toBe(120);
    expect(carryOffset(450, 400)).toBe(50);
    expect(carryOffset(50, 0)).toBe(0);
  });
  it('keyboard steps snap to rows and wrap', () => {
    expect(stepRows(37, 1, 40, 400)).toBe(80);
    expect(stepRows(0, -1, 40, 400)).toBe(360);
  });
  it('duplicates rows for the wrap only when scrolling, with distinct keys', () => {
    expect(displayKeys(['a', 'b'], false)).toEqual(['a', 'b']);
    const k = displayKeys(['a', 'b'], true);
    expect(k).toHaveLength(4);
    expect(new Set(k).size).toBe(4);
  });
});

describe('ScrollBoard run (the compositor animation)', () => {
  it('travels the loop in whole device pixels', () => {
    expect(scrollRun(400, 1)).toEqual({ distance: 400, steps: 400 });
    // 400 px at a ratio of 4/3 is 533.3 device pixels: 533 steps of exactly one device pixel.
    const run = scrollRun(400, 4 / 3);
    expect(run.steps).toBe(533);
    expect(run.distance * (4 / 3)).toBeCloseTo(533, 9);
    expect(Math.abs(run.distance - 400) * (4 / 3)).toBeLessThanOrEqual(0.5);
    expect(scrollRun(0, 1).steps).toBe(1);
  });

  it('stands on a device pixel at any time, wrapping at the run', () => {
    const ratio = 4 / 3;
    const run = scrollRun(400, ratio);
    for (const ms of [0, 16.7, 250, 1000, 9_999, 123_456]) {
      const at = runOffset(10, ms, 37, run);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at).toBeLessThan(run.distance);
      expect(Math.abs(at * ratio - Math.round(at * ratio))).toBeLessThan(1e-6);
    }
    // 60 px/s for one second from 10 px: 70 px, and one loop later the same place.
    expect(runOffset(10, 1000, 60, scrollRun(400, 1))).toBe(70);
    expect(runOffset(10, 1000 + (400 / 60) * 1000, 60, scrollRun(400, 1))).toBeCloseTo(70, 6);
  });
});
