import { describe, expect, it } from 'vitest';
import { computeKpi, easeOutCubic, tweenValue } from '../src/KpiCard/compute.js';

describe('computeKpi', () => {
  it('a fall in petitions is good news when down is good', () => {
    // figures.md: petitions −13.6 % year on year.
    expect(computeKpi({ value: 864, changePct: -13.6, goodDirection: 'down' })).toEqual({
      value: 864,
      changePct: -13.6,
      direction: 'down',
      tone: 'good',
    });
    expect(computeKpi({ value: 864, changePct: 4, goodDirection: 'down' }).tone).toBe('bad');
  });
  it('derives the change from the previous period', () => {
    const k = computeKpi({ value: 9186, previous: 8000 });
    expect(k.changePct).toBeCloseTo(14.825, 3);
    expect(k.direction).toBe('up');
    expect(k.tone).toBe('good');
  });
  it('a stated change wins over the previous value', () => {
    expect(computeKpi({ value: 10, previous: 5, changePct: -1 }).changePct).toBe(-1);
  });
  it('is flat and neutral when the change rounds to zero, unknown, or direction is neutral', () => {
    expect(computeKpi({ value: 100, previous: 100.01 }).direction).toBe('flat');
    expect(computeKpi({ value: 100, previous: 0 })).toMatchObject({
      changePct: null,
      direction: 'flat',
      tone: 'neutral',
    });
    expect(computeKpi({ value: 100 }).tone).toBe('neutral');
    expect(computeKpi({ value: 3, previous: 1, goodDirection: 'neutral' })).toMatchObject({
      direction: 'up',
      tone: 'neutral',
    });
  });
  it('handles a negative previous value by its magnitude', () => {
    expect(computeKpi({ value: -5, previous: -10 }).changePct).toBe(50);
  });
  it('turns non-finite values into no value', () => {
    expect(computeKpi({ value: Number.NaN }).value).toBeNull();
    expect(computeKpi({ value: null, previous: 3 }).changePct).toBeNull();
  });
});

describe('count-up', () => {
  it('eases out and lands exactly on the target', () => {
    expect(easeOutCubic(0)).toBe(0);
    expect(easeOutCubic(1)).toBe(1);
    expect(easeOutCubic(0.5)).toBe(0.875);
    expect(tweenValue(0, 9186, 0, 1200)).toBe(0);
    expect(tweenValue(0, 9186, 600, 1200)).toBeCloseTo(8037.75, 2);
    expect(tweenValue(0, 9186, 5000, 1200)).toBe(9186);
    expect(tweenValue(100, 50, 1200, 1200)).toBe(50);
  });
});
