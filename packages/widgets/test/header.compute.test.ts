import { describe, expect, it } from 'vitest';
import { clockParts, formatClock } from '../src/Header/formatClock.js';

describe('formatClock', () => {
  it('formats in Asia/Shanghai with weekday', () => {
    // 06:03:27 UTC is 14:03:27 in Shanghai.
    expect(formatClock(Date.UTC(2022, 11, 31, 6, 3, 27), 'zh-CN')).toBe('2022-12-31 周六 14:03:27');
    expect(formatClock(Date.UTC(2022, 11, 31, 6, 3, 27), 'en')).toBe('2022-12-31 Sat 14:03:27');
  });
  it('rolls the date at Shanghai midnight, not UTC midnight', () => {
    expect(clockParts(Date.UTC(2022, 11, 31, 16, 0, 5), 'zh-CN')).toEqual({
      date: '2023-01-01',
      weekday: '周日',
      time: '00:00:05',
    });
  });
  it('uses 00 not 24 for midnight', () => {
    expect(clockParts(Date.UTC(2023, 0, 1, 16, 0, 0), 'en').time).toBe('00:00:00');
  });
});
