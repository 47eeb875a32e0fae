import { describe, expect, it } from 'vitest';
import { carouselIndexAt, msUntilNextStep, rotationAt } from '../src/store/carousel.js';

// One owner of wall-clock rotation: the carousel, playlists and looping playback all read it.
describe('carouselIndexAt and msUntilNextStep', () => {
  it('depends only on wall-clock time, so two tiles agree', () => {
    const t = Date.UTC(2022, 11, 31, 6, 3, 27);
    expect(carouselIndexAt(t, 20_000, 3)).toBe(carouselIndexAt(t, 20_000, 3));
    expect(carouselIndexAt(0, 20_000, 3)).toBe(0);
    expect(carouselIndexAt(19_999, 20_000, 3)).toBe(0);
    expect(carouselIndexAt(20_000, 20_000, 3)).toBe(1);
    expect(carouselIndexAt(60_000, 20_000, 3)).toBe(0);
  });

  it('handles times before the epoch and degenerate input', () => {
    expect(carouselIndexAt(-1, 20_000, 3)).toBe(2);
    expect(carouselIndexAt(50_000, 20_000, 1)).toBe(0);
    expect(carouselIndexAt(50_000, 0, 3)).toBe(0);
  });

  it('counts down to the next step', () => {
    expect(msUntilNextStep(25_000, 20_000)).toBe(15_000);
    expect(msUntilNextStep(40_000, 20_000)).toBe(20_000);
    expect(msUntilNextStep(25_000, 20_000, 10_000)).toBe(5_000);
    expect(msUntilNextStep(-1, 10_000)).toBe(1);
    expect(msUntilNextStep(5, 0)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('rotationAt: unequal dwells (a playlist)', () => {
  const dwells = [60_000, 30_000, 10_000];

  it('shows each item for its own dwell, in order, cycle after cycle', () => {
    expect(rotationAt(0, dwells)).toEqual({ index: 0, startedAt: 0, endsAt: 60_000 });
    expect(rotationAt(59_999, dwells).index).toBe(0);
    expect(rotationAt(60_000, dwells)).toEqual({ index: 1, startedAt: 60_000, endsAt: 90_000 });
    expect(rotationAt(95_000, dwells)).toEqual({ index: 2, startedAt: 90_000, endsAt: 100_000 });
    expect(rotationAt(100_000, dwells)).toEqual({ index: 0, startedAt: 100_000, endsAt: 160_000 });
  });

  it('counts from an epoch, before it too, and agrees with carouselIndexAt for equal dwells', () => {
    const epoch = Date.parse('2020-01-01T00:00:00+08:00');
    expect(rotationAt(epoch - 5_000, dwells, epoch)).toEqual({
      index: 2,
      startedAt: epoch - 10_000,
      endsAt: epoch,
    });
    for (const t of [0, 12_345, 99_999, 1_234_567_891]) {
      expect(rotationAt(t, [20_000, 20_000, 20_000], epoch).index).toBe(
        carouselIndexAt(t, 20_000, 3, epoch),
      );
    }
  });

  it('skips items without a positive dwell and survives degenerate input', () => {
    expect(rotationAt(5_000, [0, 10_000, Number.NaN, 10_000]).index).toBe(1);
    expect(rotationAt(15_000, [0, 10_000, -3, 10_000]).index).toBe(3);
    expect(rotationAt(5, [])).toEqual({ index: 0, startedAt: 5, endsAt: Number.POSITIVE_INFINITY });
    expect(rotationAt(5, [0, 0]).index).toBe(0);
  });
});
