import { defineMessages } from '../i18n/defineMessages.js';

/** Every string RankingBoard shows, in both languages. */
export const rankingMessages = defineMessages({
  'zh-CN': {
    rank: '排名',
    name: '名称',
    value: '数值',
    caption: '{title}：排名',
    untitled: '排名',
  },
  en: {
    rank: 'Rank',
    name: 'Name',
    value: 'Value',
    caption: '{title}: ranking',
    untitled: 'Ranking',
  },
});
