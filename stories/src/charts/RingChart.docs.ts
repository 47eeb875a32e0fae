import { RingChart } from '@onescreen/widgets';
import type { WidgetDocs } from '../docs/types.js';

/** RingChart's Docs page: prose, the copyable example and its screen-config binding. */
export const ringChartDocs: WidgetDocs = {
  purpose: {
    'zh-CN': '构成占比：环形图加图例，显示各类别的数量和占比。',
    en: 'Composition: a ring with a legend giving each category its count and share.',
  },
  do: [
    {
      'zh-CN': '类别控制在 5～7 个；其余合并为“其他”，或先用 top 取前几名。',
      en: 'Keep to five to seven categories; merge the rest into "other", or take the top few first.',
    },
  ],
  dont: [
    {
      'zh-CN': '不要用它比较相近的数值；需要比大小时用 RankingBoard。',
      en: 'Do not use it to compare close values; a RankingBoard compares sizes better.',
    },
    {
      'zh-CN': '不要放随时间变化的数据；时间变化用 TrendChart。',
      en: 'Do not show change over time; use a TrendChart.',
    },
  ],
  example: {
    component: RingChart,
    props: {
      title: '信访事项类别',
      unit: '件',
      items: [
        { name: '小微权力', value: 248 },
        { name: '征地拆迁', value: 171 },
        { name: '村务管理', value: 136 },
        { name: '工程建设', value: 97 },
        { name: '其他', value: 64 },
      ],
    },
    width: 480,
    height: 280,
  },
  screen: {
    json: {
      id: 'pet-subjects',
      type: 'RingChart',
      title: { 'zh-CN': '信访事项类别', en: 'Petition subjects' },
      bind: {
        feed: 'petitions',
        pointer: '/data/subjects',
        transforms: [
          { filter: { place: 'selected' } },
          { filter: { period: 'screen' } },
          { group: { by: ['name'], aggregate: { count: 'sum' } } },
          { sort: { field: 'count', order: 'desc' } },
          { top: 5 },
        ],
        view: { kind: 'categories', name: 'name', value: 'count' },
      },
    },
  },
  embed: {},
};
