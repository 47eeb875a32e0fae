import { describe, expect, it } from 'vitest';
import { rankItems } from '../src/RankingBoard/compute.js';

describe('rankItems', () => {
  it('ranks largest first with competition ranks for ties', () => {
    const rows = rankItems([
      { name: '萧山', value: 10 },
      { name: '富阳', value: 40 },
      { name: '临安', value: 20 },
      { name: '淳安', value: 20 },
    ]);
    expect(rows.map((r) => [r.name, r.rank])).toEqual([
      ['富阳', 1],
      ['临安', 2],
      ['淳安', 2],
      ['萧山', 4],
    ]);
    expect(rows.map((r) => r.ratio)).toEqual([1, 0.5, 0.5, 0.25]);
  });
  it('keeps the limit, ranks ascending on request, drops missing values', () => {
    const rows = rankItems(
      [
        { name: 'a', value: 3 },
        { name: 'b', value: Number.NaN },
        { name: 'c', value: 1 },
        { name: 'd', value: 2 },
      ],
      2,
      true,
    );
    expect(rows.map((r) => r.name)).toEqual(['c', 'd']);
    expect(rows[1]?.ratio).toBeCloseTo(2 / 3);
  });
});
