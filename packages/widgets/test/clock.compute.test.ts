import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeClockTimers, clockSnapshot, subscribeClock } from '../src/screen/clock.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('shared clock', () => {
  it('shares one timer among all listeners of an interval and frees it after the last leaves', () => {
    vi.useFakeTimers();
    const off = Array.from({ length: 50 }, () => subscribeClock(1000, () => {}));
    expect(activeClockTimers()).toBe(1);
    const other = subscribeClock(60_000, () => {});
    expect(activeClockTimers()).toBe(2);
    for (const f of off) f();
    other();
    expect(activeClockTimers()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
  it('ticks on wall-clock boundaries and the snapshot is stable between ticks', () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2022, 11, 31, 6, 3, 27, 400));
    const seen: number[] = [];
    const off = subscribeClock(1000, () => seen.push(clockSnapshot(1000)));
    expect(clockSnapshot(1000)).toBe(Date.UTC(2022, 11, 31, 6, 3, 27));
    vi.advanceTimersByTime(599);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(10);
    expect(seen).toEqual([Date.UTC(2022, 11, 31, 6, 3, 28)]);
    vi.advanceTimersByTime(3000);
    expect(seen).toHaveLength(4);
    off();
  });
});
