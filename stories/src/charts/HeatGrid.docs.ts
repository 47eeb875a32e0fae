import { heatGridFixture } from '@onescreen/fixtures';
import { HeatGrid } from '@onescreen/widgets';
import { codeRef, type WidgetDocs } from '../docs/types.js';

/** HeatGrid's Docs page: prose, the copyable example and its screen-config binding. */
export const heatGridDocs: WidgetDocs = {
  purpose: {
    'zh-CN': '周 × 时热力格：一周七天、每天 24 小时的数量，颜色越深越多，用于找高峰时段。',
    en: 'A weekday × hour grid: counts for each hour of each day of the week, darker for more, to find the busy hours.',
  },
  do: [
    {
      'zh-CN': '时间一律按北京时间分组（derive 的 hour / weekday 已按 Asia/Shanghai 计算）。',
      en: 'Group times in Beijing time (derive hour / weekday already uses Asia/Shanghai).',
    },
  ],
  dont: [
    {
      'zh-CN': '不要用于不是“周 × 时”的矩阵；其他二维对比请用多张 RankingBoard。',
      en: 'Do not use it for matrices other than weekday × hour; compare other pairs with RankingBoards.',
    },
    {
      'zh-CN': '不要只看颜色读数：悬停提示和读屏表格会给出具体数值。',
      en: 'Do not read exact values from colour: the tooltip and the screen-reader table give the numbers.',
    },
  ],
  example: {
    component: HeatGrid,
    props: {
      title: '12345 来电时段分布',
      unit: '件',
      values: codeRef(
        'weekHours',
        'seven rows (Monday to Sunday) of 24 counts (hours 0 to 23)',
        heatGridFixture.sample().values,
      ),
    },
    width: 640,
    height: 280,
  },
  screen: {
    json: {
      id: 'heat',
      type: 'HeatGrid',
      title: { 'zh-CN': '受理时段分布（件）', en: 'Cases received by weekday and hour' },
      bind: {
        feed: 'hotline',
        pointer: '/data/cases',
        transforms: [
          { filter: { place: 'selected' } },
          { filter: { period: 'screen', field: 'times.received' } },
          { derive: { as: 'weekday', weekday: 'times.received' } },
          { derive: { as: 'hour', hour: 'times.received' } },
          { group: { by: ['weekday', 'hour'], aggregate: { cases: 'count' } } },
        ],
        view: { kind: 'matrix', row: 'weekday', column: 'hour', value: 'cases' },
      },
    },
  },
  // A file whose /data object is { "values": [[…24 counts…], …7 rows] }.
  embed: { feed: { url: '/feeds/hotline-week-hours.json', pointer: '/data' } },
};
