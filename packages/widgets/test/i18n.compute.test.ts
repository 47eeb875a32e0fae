import { describe, expect, it } from 'vitest';
import { defineMessages } from '../src/i18n/defineMessages.js';
import { messages, translate } from '../src/i18n/messages.js';

describe('message catalogue', () => {
  it('has every key in both languages, none blank', () => {
    const zh = Object.keys(messages['zh-CN']).sort();
    expect(Object.keys(messages.en).sort()).toEqual(zh);
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const k of zh)
        expect(messages[lang][k as keyof (typeof messages)['en']].trim()).not.toBe('');
    }
  });
  it('fills placeholders with text and leaves unknown ones alone', () => {
    expect(
      translate('zh-CN', 'error.feed', { feed: 'petitions', error: '缺少字段 data.total' }),
    ).toBe('数据源「petitions」异常：缺少字段 data.total');
    expect(translate('en', 'carousel.view', { i: 2, n: 3 })).toBe('View 2 of 3');
    expect(translate('en', 'carousel.view', { i: 2 })).toBe('View 2 of {n}');
  });
  it('does not re-expand placeholders that arrive inside parameter values', () => {
    expect(translate('en', 'error.feed', { feed: '{error}', error: 'x' })).toBe(
      'Feed "{error}" failed: x',
    );
  });
  it('lets other modules define their own two-language catalogues', () => {
    const t = defineMessages({ 'zh-CN': { hi: '你好 {who}' }, en: { hi: 'Hello {who}' } });
    expect(t('en', 'hi', { who: 'wall' })).toBe('Hello wall');
    expect(t('zh-CN', 'hi', { who: '大屏' })).toBe('你好 大屏');
  });
});
