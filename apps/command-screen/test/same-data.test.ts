import { describe, expect, it } from 'vitest';
import { sameData } from '../src/model/same-data.js';

describe('sameData', () => {
  it('compares views all the way down', () => {
    const view = {
      kind: 'series',
      categories: [{ key: '2022-01', label: { 'zh-CN': '1月', en: 'Jan' } }],
      series: [{ name: 'a', values: [1, null, 3] }],
      period: '2022',
    };
    expect(sameData(view, structuredClone(view))).toBe(true);
    expect(sameData(view, { ...view, period: '2021' })).toBe(false);
    expect(sameData(view, { ...view, series: [{ name: 'a', values: [1, null, 4] }] })).toBe(false);
    expect(sameData(view, { ...view, extra: undefined })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData({}, [])).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
    expect(sameData({ a: 1 }, { b: 1 })).toBe(false);
  });
});
