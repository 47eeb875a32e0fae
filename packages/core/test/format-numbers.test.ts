import { describe, expect, it } from 'vitest';
import {
  formatFixed,
  formatGrouped,
  formatNumber,
  formatPercent,
  formatYuan,
} from '../src/client/index.js';

describe('formatNumber', () => {
  it('uses 万 and 亿 in Chinese', () => {
    expect(formatNumber(9186, 'zh-CN')).toBe('9,186');
    expect(formatNumber(12_800, 'zh-CN')).toBe('1.28 万');
    expect(formatNumber(1_178_000, 'zh-CN')).toBe('117.8 万');
    expect(formatNumber(206_000, 'zh-CN')).toBe('20.6 万');
    expect(formatNumber(123_456_789, 'zh-CN')).toBe('1.23 亿');
    expect(formatNumber(71_664, 'zh-CN', { maximumFractionDigits: 4 })).toBe('7.1664 万');
  });

  it('moves up a unit when rounding reaches it', () => {
    expect(formatNumber(99_999_999, 'zh-CN')).toBe('1 亿');
    expect(formatNumber(9_999.999, 'zh-CN')).toBe('1 万');
  });

  it('groups thousands in English', () => {
    expect(formatNumber(1_178_000, 'en')).toBe('1,178,000');
    expect(formatNumber(3579, 'en')).toBe('3,579');
    expect(formatNumber(16.634, 'en')).toBe('16.63');
  });

  it('writes negatives with the real minus sign and refuses non-numbers', () => {
    expect(formatNumber(-1234, 'en')).toBe('\u22121,234');
    expect(formatNumber(-45_000, 'zh-CN')).toBe('\u22124.5 万');
    expect(formatNumber(Number.NaN, 'en')).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'zh-CN')).toBe('—');
  });
});

describe('formatPercent (a value in percent, as views carry it)', () => {
  it('signs changes with a real minus and a plus', () => {
    expect(formatPercent(-13.6, 'zh-CN')).toBe('\u221213.6 %');
    expect(formatPercent(-17.6, 'en')).toBe('\u221217.6 %');
    expect(formatPercent(27.88, 'zh-CN', { digits: 2 })).toBe('+27.88 %');
    expect(formatPercent(98.93, 'en', { digits: 2, signed: false })).toBe('98.93 %');
  });

  it('keeps the stated precision and drops the sign of a rounded zero', () => {
    expect(formatPercent(50, 'en')).toBe('+50.0 %');
    expect(formatPercent(-0.001, 'en')).toBe('0.0 %');
    expect(formatPercent(1 / 0, 'en')).toBe('—');
    expect(formatPercent(null, 'en')).toBe('—');
  });

  it('computes a year-on-year change exactly as stated in the figures', () => {
    // 957 → 1,375 enforcement items: +43.7 %; 27.88 % is the share of the later figure.
    expect(formatPercent((1375 / 957 - 1) * 100, 'zh-CN')).toBe('+43.7 %');
    // Float noise of −0.136 × 100 does not leak into the text.
    expect(formatPercent(-0.136 * 100, 'en')).toBe('\u221213.6 %');
  });
});

describe('formatFixed and formatGrouped', () => {
  it('show a headline figure with its stated decimals, grouped', () => {
    expect(formatFixed(9186, 'zh-CN')).toBe('9,186');
    expect(formatFixed(717.6, 'en', 1)).toBe('717.6');
    expect(formatFixed(16.634, 'en', 2)).toBe('16.63');
    expect(formatFixed(-5, 'en', 1)).toBe('\u22125.0');
    expect(formatFixed(null, 'en')).toBe('—');
  });

  it('show chart values with at most the digits asked', () => {
    expect(formatGrouped(1375, 'zh-CN')).toBe('1,375');
    expect(formatGrouped(16.634, 'en')).toBe('16.6');
    expect(formatGrouped(12, 'en', 2)).toBe('12');
    expect(formatGrouped(undefined, 'en')).toBe('—');
  });
});

describe('formatYuan', () => {
  it('writes 万元 and 亿元 in Chinese', () => {
    expect(formatYuan(7_176_000, 'zh-CN')).toBe('717.6 万元');
    expect(formatYuan(1_250_000, 'zh-CN')).toBe('125 万元');
    expect(formatYuan(61_300, 'zh-CN')).toBe('6.13 万元');
    expect(formatYuan(350_000_000, 'zh-CN')).toBe('3.5 亿元');
    expect(formatYuan(800, 'zh-CN')).toBe('800 元');
  });

  it('writes million and billion yuan in English', () => {
    expect(formatYuan(7_176_000, 'en')).toBe('7.176 million yuan');
    expect(formatYuan(1_250_000, 'en')).toBe('1.25 million yuan');
    expect(formatYuan(61_300, 'en')).toBe('61,300 yuan');
    expect(formatYuan(2_500_000_000, 'en')).toBe('2.5 billion yuan');
    expect(formatYuan(-61_300, 'en')).toBe('\u221261,300 yuan');
  });
});
