import { Carousel, KpiCard, TrafficLights } from '@onescreen/widgets';
import { element } from '../docs/element.js';
import type { WidgetDocs } from '../docs/types.js';

/** Carousel's Docs page: prose, the copyable example and its screen-config panel. */
export const carouselDocs: WidgetDocs = {
  purpose: {
    'zh-CN': '在同一位置轮流显示几组内容；当前页由墙上时钟决定，拼接屏的各块屏幕始终同步。',
    en: 'Shows several views in turn in one place; the current view follows the wall clock, so every display of a video wall stays in step.',
  },
  do: [
    {
      'zh-CN': '用于次要、可轮换的专题，每页 15～30 秒；值班人员可暂停或翻页。',
      en: 'Use it for secondary topics that can take turns, 15 to 30 s each; the operator can pause or page.',
    },
    {
      'zh-CN': '每页给一个标题，说明这一页讲什么。',
      en: 'Give each view a title that says what it shows.',
    },
  ],
  dont: [
    {
      'zh-CN': '不要把需要一直盯着的核心指标放进轮播。',
      en: 'Do not rotate the headline figures that must stay in view.',
    },
    {
      'zh-CN': '不要把轮播周期设得太短（少于 10 秒），来不及读。',
      en: 'Do not rotate faster than every 10 s; there is no time to read.',
    },
  ],
  example: {
    component: Carousel,
    props: {
      title: '专题轮播',
      periodMs: 20_000,
      children: [
        element('KpiCard', KpiCard, {
          label: '反诈劝阻',
          value: 9186,
          unit: '人',
          period: '2022年',
        }),
        element('TrafficLights', TrafficLights, {
          title: '红黄绿督办',
          counts: { red: 12, yellow: 47, green: 541 },
        }),
      ],
    },
    width: 480,
    height: 220,
  },
  screen: {
    json: {
      area: 'carousel',
      title: { 'zh-CN': '专题轮播', en: 'Rotating views' },
      views: [
        {
          title: { 'zh-CN': '信访事项', en: 'Petition subjects' },
          rows: [
            {
              widgets: [
                {
                  id: 'pet-subjects',
                  type: 'RingChart',
                  bind: {
                    feed: 'petitions',
                    pointer: '/data/subjects',
                    transforms: [
                      { filter: { period: 'screen' } },
                      { group: { by: ['id', 'name', 'nameEn'], aggregate: { count: 'sum' } } },
                    ],
                    view: {
                      kind: 'categories',
                      name: { 'zh-CN': 'name', en: 'nameEn' },
                      value: 'count',
                    },
                  },
                },
              ],
            },
          ],
        },
        {
          title: { 'zh-CN': '督办', en: 'Supervision' },
          rows: [
            {
              widgets: [
                {
                  id: 'hl-lights',
                  type: 'TrafficLights',
                  bind: {
                    feed: 'hotline',
                    pointer: '/data/cases',
                    view: { kind: 'lights', level: 'supervision' },
                  },
                },
              ],
            },
          ],
        },
      ],
    },
    note: {
      'zh-CN':
        '在配置里轮播是一块面板的 views，每页是一组行；周期在顶层 "carousel": { "periodSeconds": 20 }。每个组件的 bind 写法见该组件页。',
      en: 'In a config a carousel is a panel with views, each a list of rows; the period is the top-level "carousel": { "periodSeconds": 20 }. Each widget\'s bind is on its own page.',
    },
  },
  embed: {
    unsupported: {
      'zh-CN': 'Carousel 不能嵌入：它的每一页是 React 元素，<onescreen-widget> 只能放单个组件。',
      en: 'Carousel cannot be embedded: its views are React elements, and <onescreen-widget> holds one widget.',
    },
  },
};
