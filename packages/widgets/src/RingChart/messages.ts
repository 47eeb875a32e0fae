import { defineMessages } from '../i18n/defineMessages.js';

/** Every string RingChart shows, in both languages. */
export const ringMessages = defineMessages({
  'zh-CN': {
    total: '合计',
    category: '类别',
    value: '数值',
    share: '占比',
    caption: '{title}：各类数值与占比',
    description: '{title}，合计 {total}{unit}。{items}。',
    item: '{name} {value}{unit}，占 {share}',
    untitled: '构成',
  },
  en: {
    total: 'Total',
    category: 'Category',
    value: 'Value',
    share: 'Share',
    caption: '{title}: value and share per category',
    description: '{title}, total {total}{unit}. {items}.',
    item: '{name} {value}{unit}, {share}',
    untitled: 'Shares',
  },
});
