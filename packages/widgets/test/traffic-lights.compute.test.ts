import { describe, expect, it } from 'vitest';
import { computeLights, countLights } from '../src/TrafficLights/compute.js';

describe('TrafficLights compute', () => {
  it('counts supervision levels and ignores unknown ones', () => {
    const items = ['red', 'green', 'green', 'yellow', 'purple'].map((supervision) => ({
      supervision,
    }));
    expect(countLights(items)).toEqual({ red: 1, yellow: 1, green: 2 });
  });
  it('shares add up to exactly 100.0', () => {
    const l = computeLights({ red: 1, yellow: 1, green: 1 });
    expect(l.map((x) => x.sharePct)).toEqual([33.4, 33.3, 33.3]);
    const m = computeLights({ red: 17, yellow: 58, green: 3504 });
    expect(m.reduce((a, b) => a + b.sharePct, 0)).toBeCloseTo(100, 10);
    expect(m[0]?.sharePct).toBe(0.5);
    expect(m[2]?.sharePct).toBe(97.9);
  });
  it('no cases: all shares zero', () => {
    expect(computeLights({ red: 0, yellow: 0, green: 0 }).map((x) => x.sharePct)).toEqual([
      0, 0, 0,
    ]);
  });
});
