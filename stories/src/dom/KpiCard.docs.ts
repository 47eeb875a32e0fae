import { KpiCard } from '@onescreen/widgets';
import type { WidgetDocs } from '../docs/types.js';

/** KpiCard's Docs page: prose, the copyable example and its screen-config binding. */
export const kpiCardDocs: WidgetDocs = {
  purpose: {
    'zh-CN': '一个核心指标：大号数字、单位、统计期，以及与上期相比的变化（好坏用颜色表示）。',
    en: 'One headline figure: a large number with its unit and period, and its change against the previous period, coloured by whether that change is good.',
  },
  do: [
    {
      'zh-CN': '每张卡只放一个数，并写明统计期（如“2022年”）。',
      en: 'Show one number per card, and always say which period it covers ("2022").',
    },
    {
      'zh-CN': '按指标设置 goodDirection：信访量下降是好事，办结率上升是好事。',
      en: 'Set goodDirection per indicator: fewer petitions is good, a higher closure rate is good.',
    },
    {
      'zh-CN':
        '大屏网格里较高的格子用 size: "fit"：数字随格子高度放大（36–64 px），内容居中，宽屏上不留大片空白。',
      en: 'In a tall slot of a screen grid, use size: "fit": the number grows with the slot height (36–64 px) and the content is centred, so a wide wall has no large empty areas.',
    },
  ],
  dont: [
    {
      'zh-CN': '不要在卡片里放多个数字或长句；多个指标请用多张卡或 RankingBoard。',
      en: 'Do not put several numbers or a sentence in one card; use several cards or a RankingBoard.',
    },
    {
      'zh-CN': '不要在高度不固定的容器（门户里的自适应卡片）中用 fit：它需要一个有固定高度的格子。',
      en: 'Do not use fit in a container without a set height (an auto-height portal card): it needs a slot of set height.',
    },
    {
      'zh-CN': '不要在没有上期数据时编造变化率；不传 previous 即不显示变化。',
      en: 'Do not invent a change when there is no previous figure; leave out previous and no change is shown.',
    },
  ],
  example: {
    component: KpiCard,
    props: {
      label: '反诈劝阻',
      value: 9186,
      previous: 8012,
      unit: '人',
      period: '2022年',
      changeLabel: '同比',
      goodDirection: 'up',
    },
    width: 320,
    height: 150,
  },
  screen: {
    json: {
      id: 'kpi-petitions',
      type: 'KpiCard',
      title: { 'zh-CN': '涉纪受理信访量', en: 'Discipline petitions' },
      bind: {
        feed: 'petitions',
        pointer: '/data/monthly',
        transforms: [
          { filter: { place: 'selected' } },
          {
            group: {
              by: [{ field: 'month', unit: 'screen' }],
              aggregate: { received: 'sum' },
            },
          },
          { change: { field: 'received', against: 'yearAgo' } },
          { filter: { period: 'screen' } },
        ],
        view: { kind: 'value', value: 'received', change: 'receivedChange', good: 'down' },
      },
    },
  },
  embed: {},
};
