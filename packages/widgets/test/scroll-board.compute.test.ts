import { describe, expect, it } from 'vitest';
import {
  advanceOffset,
  carryOffset,
  displayKeys,
  MAX_STEP_MS,
  rowsThatFit,
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
