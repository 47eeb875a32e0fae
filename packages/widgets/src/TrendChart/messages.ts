import { defineMessages } from '../i18n/defineMessages.js';

/** Every string TrendChart shows, in both languages. */
export const trendMessages = defineMessages({
  'zh-CN': {
    previous: '{name}（去年同期）',
    yoy: '同比',
    period: '时间',
    caption: '{title}：各期数值',
    description: '{title}。{series}。',
    seriesSummary: '{name} 合计 {total}{unit}，同比 {change}',
    seriesPlain: '{name} 合计 {total}{unit}',
    untitled: '趋势',
  },
  en: {
    previous: '{name} (same period last year)',
    yoy: 'YoY',
    period: 'Period',
    caption: '{title}: values per period',
    description: '{title}. {series}.',
    seriesSummary: '{name} total {total}{unit}, {change} year on year',
    seriesPlain: '{name} total {total}{unit}',
    untitled: 'Trend',
  },
});
