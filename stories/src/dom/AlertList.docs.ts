import { AlertList } from '@onescreen/widgets';
import type { WidgetDocs } from '../docs/types.js';

/** AlertList's Docs page: prose, the copyable example and its place in a screen config. */
export const alertListDocs: WidgetDocs = {
  purpose: {
    'zh-CN':
      '当前触发的告警，每条一行：级别、时间、地点、数值和用大白话说明的规则；有人值守时每条可点“确认”。',
    en: 'The alerts firing now, one row each: level, time, place, value and the rule in plain words; an attended screen acknowledges each with a click.',
  },
  do: [
    {
      'zh-CN': '让规则的文字说清楚对象、数值和阈值，例如“红灯督办件 146 件，已达到 100 件”。',
      en: 'Word each rule so it names what, how much and the threshold: "red-light cases 146, at or above 100".',
    },
    {
      'zh-CN': '在无人值守的拼接屏（kiosk）上不传 onAcknowledge：列表不显示按钮。',
      en: 'Leave out onAcknowledge on an unattended wall (kiosk): the list then has no buttons.',
    },
  ],
  dont: [
    {
      'zh-CN': '不要把普通的涨跌放进告警；只放值班人员需要处理的情况，否则告警会被忽视。',
      en: 'Do not turn every rise and fall into an alert: only what the duty officer must act on, or alerts get ignored.',
    },
    {
      'zh-CN': '不要只靠颜色区分级别：每条都有“提示 / 预警 / 告警”文字。',
      en: 'Do not rely on colour for the level: each row names it (notice, warning, critical).',
    },
  ],
  example: {
    component: AlertList,
    props: {
      title: '告警',
      alerts: [
        {
          id: 'red-lights',
          level: 'warning',
          time: Date.parse('2022-12-31T14:03:00+08:00'),
          value: '146 件',
          text: '红灯督办件 146 件，已达到 100 件',
        },
      ],
    },
    width: 480,
    height: 200,
  },
  screen: {
    json: { id: 'alerts', type: 'AlertList', props: { limit: 4 } },
    note: {
      'zh-CN':
        'AlertList 不绑定数据源：它显示配置 alerts 中的规则所触发的告警。没有放置 AlertList 时，大屏在 alerting.overlay 指定的区域右上角浮动显示告警列表。',
      en: "AlertList takes no bind: it shows what the rules in the config's alerts raise. Without an AlertList placed, the screen floats the list in the top-right corner of the area alerting.overlay names.",
    },
  },
  embed: {
    unsupported: {
      'zh-CN': 'AlertList 不能嵌入：告警由大屏的规则和数据算出，单个组件页面没有这些规则。',
      en: "AlertList cannot be embedded: alerts come from a screen's rules over its data, which a page holding one widget does not have.",
    },
  },
};
