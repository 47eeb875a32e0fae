import { ScrollBoard } from '@onescreen/widgets';
import type { WidgetDocs } from '../docs/types.js';

/** ScrollBoard's Docs page: prose, the copyable example and its screen-config binding. */
export const scrollBoardDocs: WidgetDocs = {
  purpose: {
    'zh-CN': '滚动列表：逐行滚动最新事项（如 12345 工单），悬停或聚焦时暂停，可用键盘翻页。',
    en: 'A scrolling list of the latest items (12345 cases): it pauses on hover or focus and pages with the keyboard.',
  },
  do: [
    {
      'zh-CN': '列数控制在 3～5 列，编号、街道、类别等短文本；数字列设 numeric 右对齐。',
      en: 'Keep to three to five short columns (id, street, category); mark number columns numeric so they align right.',
    },
    {
      'zh-CN': '给每行稳定的 id（rowKey），新数据到来时滚动位置不会跳。',
      en: 'Give each row a stable id (rowKey) so the scroll position holds when new data arrives.',
    },
    {
      'zh-CN':
        '在大屏配置中用 visibleRows: "fit"：面板多高就显示多少整行，拼接屏上自然多显示几条。',
      en: 'In a screen config use visibleRows: "fit": the board shows as many whole rows as its panel is tall, so a wall shows more.',
    },
  ],
  dont: [
    {
      'zh-CN': '不要放长句或需要逐字阅读的内容；滚动中的长文本读不完。',
      en: 'Do not show sentences that must be read in full; nobody finishes reading a moving line.',
    },
    {
      'zh-CN': '不要用它做排名；排名请用 RankingBoard。',
      en: 'Do not use it for rankings; use a RankingBoard.',
    },
  ],
  example: {
    component: ScrollBoard,
    props: {
      title: '最新 12345 工单',
      columns: [
        { key: 'id', title: '工单号', width: '1.4fr' },
        { key: 'town', title: '街道', width: '1fr' },
        { key: 'category', title: '类别', width: '1fr' },
      ],
      rows: [
        { id: 'YH2022-03581', town: '银湖街道', category: '城市管理' },
        { id: 'YH2022-03582', town: '富春街道', category: '环境保护' },
        { id: 'YH2022-03583', town: '东洲街道', category: '交通出行' },
        { id: 'YH2022-03584', town: '春江街道', category: '市场监管' },
      ],
      visibleRows: 3,
    },
    width: 480,
    height: 200,
  },
  screen: {
    json: {
      id: 'hl-latest',
      type: 'ScrollBoard',
      title: { 'zh-CN': '最新受理', en: 'Latest cases' },
      props: { visibleRows: 'fit', rowHeight: 34 },
      bind: {
        feed: 'hotline',
        pointer: '/data/cases',
        transforms: [
          { filter: { place: 'selected' } },
          { join: { table: 'categories', on: 'category', key: 'id', fields: ['name'] } },
          { sort: { field: 'times.received', order: 'desc' } },
          { top: 40 },
        ],
        view: {
          kind: 'rows',
          columns: ['id', 'townName', 'name'],
          id: 'id',
          tone: 'supervision',
        },
      },
    },
  },
  embed: {},
};
