import { describe, expect, it } from 'vitest';
import { computePipeline } from '../src/StagePipeline/compute.js';

const h = (n: number) => Date.UTC(2022, 0, 1) + n * 3_600_000;

describe('computePipeline', () => {
  it('counts, converts and averages dwell from stage timestamps', () => {
    const cases = [
      {
        times: {
          received: h(0),
          assigned: h(2),
          handled: h(10),
          closureReviewed: h(12),
          followedUp: h(20),
        },
      },
      { times: { received: h(0), assigned: h(4), handled: h(30) } },
      { times: { received: h(1), assigned: h(1) } },
      { times: { received: h(5) } },
    ];
    const p = computePipeline(cases);
    expect(p.map((s) => s.count)).toEqual([4, 3, 2, 1, 1]);
    expect(p.map((s) => s.open)).toEqual([1, 1, 1, 0, 0]);
    expect(p[0]?.conversion).toBeNull();
    expect(p[1]?.conversion).toBe(0.75);
    expect(p[2]?.conversion).toBeCloseTo(2 / 3, 10);
    expect(p[3]?.conversion).toBe(0.5);
    expect(p[4]?.conversion).toBe(1);
    // received → assigned: 2, 4, 0 h over three cases.
    expect(p[0]?.dwellHours).toBe(2);
    // assigned → handled: 8 and 26 h.
    expect(p[1]?.dwellHours).toBe(17);
    expect(p[2]?.dwellHours).toBe(2);
    expect(p[3]?.dwellHours).toBe(8);
    expect(p[4]?.dwellHours).toBeNull();
  });
  it('reads ISO timestamps with offsets as the hotline feed writes them', () => {
    const p = computePipeline([
      { times: { received: '2022-01-01T09:23:00+08:00', assigned: '2022-01-01T11:05:00+08:00' } },
    ]);
    expect(p[0]?.dwellHours).toBeCloseTo(1.7, 10);
  });
  it('leaves backwards or unreadable times out of the mean', () => {
    const p = computePipeline([
      { times: { received: h(5), assigned: h(1) } },
      { times: { received: 'not a time', assigned: h(3) } },
    ]);
    expect(p[0]).toMatchObject({ count: 1, dwellHours: null });
    expect(p[1]?.count).toBe(2);
  });
  it('empty input gives zero counts and no conversion', () => {
    const p = computePipeline([]);
    expect(p.every((s) => s.count === 0 && s.conversion === null && s.dwellHours === null)).toBe(
      true,
    );
  });
});
