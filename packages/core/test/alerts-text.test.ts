import { describe, expect, it } from 'vitest';
import {
  alertLevelText,
  alertText,
  alertValueText,
  formatDuration,
} from '../src/alerts/alert-text.js';

const redLights = {
  name: { 'zh-CN': '红灯督办件', en: 'red-light cases' },
  value: 146,
  unit: { 'zh-CN': '件', en: 'cases' },
  op: '>=' as const,
  threshold: 100,
  level: 'warning' as const,
};

describe('alertText: an alert in plain words', () => {
  it('says the name, value, comparison and threshold in both languages', () => {
    expect(alertText(redLights, 'zh-CN')).toBe('红灯督办件 146 件，已达到 100 件');
    expect(alertText(redLights, 'en')).toBe('red-light cases 146 cases, at or above 100 cases');
  });

  it('names the place when there is one', () => {
    const rise = {
      ...redLights,
      name: { 'zh-CN': '信访量同比', en: 'petitions year on year' },
      place: { 'zh-CN': '秀洲区', en: 'Xiuzhou' },
      value: 12.345,
      unit: { 'zh-CN': '%', en: '%' },
      precision: 1,
      op: '>' as const,
      threshold: 10,
    };
    expect(alertText(rise, 'zh-CN')).toBe('秀洲区 信访量同比 12.3 %，已超过 10 %');
    expect(alertText(rise, 'en')).toBe('Xiuzhou: petitions year on year 12.3 %, above 10 %');
  });

  it("fills the rule's own template and leaves a misspelt placeholder as written", () => {
    const template = {
      'zh-CN': '{level}：{place}{name}达 {value}（{vlaue}）',
      en: '{level}: {name} is {value}',
    };
    const place = { 'zh-CN': '富阳区', en: 'Fuyang' };
    expect(alertText({ ...redLights, template, place }, 'zh-CN')).toBe(
      '预警：富阳区红灯督办件达 146 件（{vlaue}）',
    );
    expect(alertText({ ...redLights, template }, 'en')).toBe(
      'Warning: red-light cases is 146 cases',
    );
  });

  it('keeps feed text as text: markup in a name stays literal', () => {
    const text = alertText({ ...redLights, name: { 'zh-CN': '<b>x</b>', en: '<b>x</b>' } }, 'en');
    expect(text).toContain('<b>x</b>');
  });

  it('says how long a feed has been stale', () => {
    const stale = {
      name: { 'zh-CN': '12345', en: 'Hotline' },
      value: 1_500,
      format: 'duration' as const,
      op: '>=' as const,
      threshold: 600,
      level: 'critical' as const,
      kind: 'stale' as const,
    };
    expect(alertText(stale, 'zh-CN')).toBe('数据源「12345」已 25 分钟 未更新，超过 10 分钟');
    expect(alertText(stale, 'en')).toBe('Feed “Hotline” not updated for 25 min, over 10 min');
    expect(formatDuration(42.9, 'en')).toBe('42 s');
    expect(formatDuration(9_000, 'zh-CN')).toBe('2.5 小时');
    expect(formatDuration(-5, 'zh-CN')).toBe('0 秒');
  });

  it('formats values with the Chinese scale words and the real minus sign', () => {
    expect(alertValueText(-3.25, 'zh-CN', { unit: { 'zh-CN': '%', en: '%' }, precision: 1 })).toBe(
      '\u22123.3 %',
    );
    expect(alertValueText(1_280_000, 'zh-CN', {})).toBe('128 万');
    expect(alertLevelText('critical', 'zh-CN')).toBe('告警');
  });
});
