import { TrafficLights } from '@onescreen/widgets';
import type { WidgetDocs } from '../docs/types.js';

/** TrafficLights' Docs page: prose, the copyable example and its screen-config binding. */
export const trafficLightsDocs: WidgetDocs = {
  purpose: {
    'zh-CN': '红黄绿三色督办：每个等级的件数、占比，以及一条按比例分段的色条。',
    en: 'Red, yellow and green supervision: the count and share at each level, and a bar split in proportion.',
  },
  do: [
    {
      'zh-CN': '用于已经分好等级的事项（如 12345 工单督办颜色），红 = 超期，黄 = 临期，绿 = 正常。',
      en: 'Use it for items already graded into levels (12345 supervision colours): red overdue, yellow due soon, green on time.',
    },
    {
      'zh-CN': '标题写明对象和口径，例如“红黄绿督办（在办工单）”。',
      en: 'Name what is counted in the title, e.g. "Supervision (open cases)".',
    },
  ],
  dont: [
    {
      'zh-CN': '不要用它表示好坏方向的涨跌；涨跌请用 KpiCard。',
      en: 'Do not use it for rises and falls; a KpiCard shows change.',
    },
    {
      'zh-CN': '不要只靠颜色传达等级：每个等级都带文字标签，颜色来自等级色（见 Design tokens）。',
      en: 'Do not rely on colour alone: each level has a text label, and the colours are the level tokens (see Design tokens).',
    },
  ],
  example: {
    component: TrafficLights,
    props: { title: '红黄绿督办', counts: { red: 12, yellow: 47, green: 541 } },
    width: 480,
    height: 160,
  },
  screen: {
    json: {
      id: 'hl-lights',
      type: 'TrafficLights',
      title: { 'zh-CN': '红黄绿三色督办', en: 'Three-colour supervision' },
      bind: {
        feed: 'hotline',
        pointer: '/data/cases',
        transforms: [
          { filter: { place: 'selected' } },
          { group: { by: ['supervision'], aggregate: { cases: 'count' } } },
        ],
        view: { kind: 'lights', level: 'supervision', value: 'cases' },
      },
    },
  },
  embed: {},
};
