import { TrendChart } from '@onescreen/widgets';
import type { WidgetDocs } from '../docs/types.js';

/** TrendChart's Docs page: prose, the copyable example and its screen-config binding. */
export const trendChartDocs: WidgetDocs = {
  purpose: {
    'zh-CN': '按月（或按时段）的趋势，折线或柱状，可叠加去年同期作对比，并给出同比变化。',
    en: 'A trend per month (or per hour), as lines or bars, with last year laid over it and the year-on-year change.',
  },
  do: [
    {
      'zh-CN': '一张图不超过 2～3 条序列，单位相同；需要同比时传入 previous。',
      en: 'Keep to two or three series with the same unit; pass previous for the year-on-year overlay.',
    },
    {
      'zh-CN': '缺失月份传 null，图上会断开，而不是画成 0。',
      en: 'Pass null for a missing month: the line breaks there instead of dropping to 0.',
    },
  ],
  dont: [
    {
      'zh-CN': '不要把单位不同的量（件数与金额）放在同一张图。',
      en: 'Do not mix units (cases and yuan) in one chart.',
    },
    {
      'zh-CN': '不要用它显示构成；构成请用 RingChart 或 RankingBoard。',
      en: 'Do not use it for composition; use a RingChart or a RankingBoard.',
    },
  ],
  example: {
    component: TrendChart,
    props: {
      title: '12345 热线月度受理量',
      unit: '件',
      goodDirection: 'down',
      categories: ['1月', '2月', '3月', '4月', '5月', '6月'],
      series: [
        {
          name: '热线工单',
          values: [3120, 2890, 3340, 3410, 3275, 3502],
          previous: [2980, 3010, 3105, 3390, 3330, 3415],
        },
      ],
    },
    width: 640,
    height: 300,
  },
  screen: {
    json: {
      id: 'pet-trend',
      type: 'TrendChart',
      title: { 'zh-CN': '涉纪信访 月度受理 · 同比', en: 'Petitions per month, year on year' },
      bind: {
        feed: 'petitions',
        pointer: '/data/monthly',
        transforms: [
          { filter: { place: 'selected' } },
          { group: { by: ['month'], aggregate: { received: 'sum' } } },
          { change: { field: 'received', against: 'yearAgo' } },
          { filter: { period: 'screen' } },
        ],
        view: { kind: 'series', x: 'month', y: ['received'], previous: 'receivedPrevious' },
      },
    },
  },
  embed: {},
};
