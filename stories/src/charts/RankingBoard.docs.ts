import { RankingBoard } from '@onescreen/widgets';
import type { WidgetDocs } from '../docs/types.js';

/** RankingBoard's Docs page: prose, the copyable example and its screen-config binding. */
export const rankingBoardDocs: WidgetDocs = {
  purpose: {
    'zh-CN': '排名：按数值排序的横向条形，带名次和数值，适合街道、类别之间比大小。',
    en: 'A ranking: horizontal bars in order with rank and value, for comparing streets or categories.',
  },
  do: [
    {
      'zh-CN': '用 limit 只显示前几名（如前 8），标题写明排序口径。',
      en: 'Show the top few with limit (e.g. 8), and say in the title what is ranked.',
    },
    {
      'zh-CN': '数值越小越好时（如超期件数）设 ascending。',
      en: 'Set ascending when smaller is better (overdue cases).',
    },
  ],
  dont: [
    {
      'zh-CN': '不要用于只有 2～3 项的数据；直接用 KpiCard 更清楚。',
      en: 'Do not rank two or three items; KpiCards say it more plainly.',
    },
  ],
  example: {
    component: RankingBoard,
    props: {
      title: '高发诈骗类型',
      unit: '件',
      limit: 5,
      items: [
        { name: '刷单返利', value: 242 },
        { name: '虚假投资理财', value: 198 },
        { name: '冒充电商物流客服', value: 131 },
        { name: '虚假网络贷款', value: 117 },
        { name: '冒充公检法', value: 64 },
        { name: '网络游戏虚假交易', value: 41 },
      ],
    },
    width: 480,
    height: 280,
  },
  screen: {
    json: {
      id: 'af-types',
      type: 'RankingBoard',
      title: { 'zh-CN': '高发类型', en: 'Most frequent types' },
      props: { limit: 5 },
      bind: {
        feed: 'antifraud',
        pointer: '/data/byType',
        transforms: [
          { filter: { place: 'selected' } },
          { filter: { period: 'screen' } },
          { group: { by: ['typeName'], aggregate: { cases: 'sum' } } },
          { sort: { field: 'cases', order: 'desc' } },
          { top: 5 },
        ],
        view: { kind: 'categories', name: 'typeName', value: 'cases' },
      },
    },
  },
  embed: {},
};
