import { describe, expect, it } from 'vitest';
import { clockParts, formatAge, formatDate, formatDateTime } from '../src/client/index.js';

describe('formatAge', () => {
  it('says how long ago in Chinese and English, rounding down', () => {
    expect(formatAge(5 * 60_000, 'zh-CN')).toBe('5 分钟前');
    expect(formatAge(5 * 60_000 + 59_999, 'en')).toBe('5 min ago');
    expect(formatAge(42_500, 'zh-CN')).toBe('42 秒前');
    expect(formatAge(42_500, 'en')).toBe('42 s ago');
    expect(formatAge(3 * 3_600_000, 'zh-CN')).toBe('3 小时前');
    // Hours up to two days: "30 h" says more about a night shift than "1 day".
    expect(formatAge(30 * 3_600_000, 'en')).toBe('30 h ago');
    expect(formatAge(3 * 86_400_000, 'zh-CN')).toBe('3 天前');
    expect(formatAge(3 * 86_400_000, 'en')).toBe('3 days ago');
  });

  it('says just now under ten seconds, treats clock skew as zero, and shows an unknown age as missing', () => {
    expect(formatAge(9_999, 'zh-CN')).toBe('刚刚');
    expect(formatAge(-4000, 'en')).toBe('just now');
    expect(formatAge(undefined, 'en')).toBe('—');
  });
});

describe('formatDateTime', () => {
  const instant = '2022-12-31T06:03:27Z'; // 14:03:27 in Shanghai

  it('shows Shanghai time with the weekday', () => {
    expect(formatDateTime(instant, 'zh-CN')).toBe('2022-12-31 周六 14:03:27');
    expect(formatDateTime(Date.parse(instant), 'en')).toBe('2022-12-31 Sat 14:03:27');
    expect(formatDate(new Date(instant))).toBe('2022-12-31');
    expect(clockParts(instant, 'zh-CN')).toEqual({
      date: '2022-12-31',
      weekday: '周六',
      time: '14:03:27',
    });
    // The date rolls at Shanghai midnight, not UTC's, and midnight reads 00, never 24.
    expect(clockParts(Date.UTC(2022, 11, 31, 16, 0, 5), 'zh-CN')).toEqual({
      date: '2023-01-01',
      weekday: '周日',
      time: '00:00:05',
    });
    expect(clockParts(Date.UTC(2023, 0, 1, 16, 0, 0), 'en').time).toBe('00:00:00');
  });

  it('crosses midnight in Shanghai, not in UTC, and prints 00 not 24', () => {
    expect(formatDateTime('2022-12-31T16:00:00Z', 'zh-CN')).toBe('2023-01-01 周日 00:00:00');
    expect(formatDateTime('2023-01-01T00:00:00+08:00', 'en')).toBe('2023-01-01 Sun 00:00:00');
  });

  it('ignores the machine time zone', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      // The machine zone really changed (Node re-reads TZ), yet the screen still shows Shanghai.
      expect(new Date(instant).getHours()).toBe(22);
      expect(formatDateTime(instant, 'zh-CN')).toBe('2022-12-31 周六 14:03:27');
    } finally {
      process.env.TZ = saved;
    }
  });

  it('gives a dash for an invalid time', () => {
    expect(formatDateTime('not a date', 'en')).toBe('—');
    expect(formatDate(Number.NaN)).toBe('—');
  });
});
