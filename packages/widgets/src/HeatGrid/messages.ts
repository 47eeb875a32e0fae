import { defineMessages } from '../i18n/defineMessages.js';

/** Every string HeatGrid shows, in both languages. */
export const heatMessages = defineMessages({
  'zh-CN': {
    days: '周一,周二,周三,周四,周五,周六,周日',
    day: '星期',
    rows: '分组',
    hour: '{hour}时',
    slot: '{day} {from}:00–{to}:00',
    caption: '{title}：按星期与小时的数值',
    description: '{title}，合计 {total}{unit}，最高在 {peak}（{value}{unit}）。',
    untitled: '时段分布',
  },
  en: {
    days: 'Mon,Tue,Wed,Thu,Fri,Sat,Sun',
    day: 'Day',
    rows: 'Group',
    hour: '{hour}h',
    slot: '{day} {from}:00–{to}:00',
    caption: '{title}: values by weekday and hour',
    description: '{title}, total {total}{unit}, peak {peak} ({value}{unit}).',
    untitled: 'By hour and weekday',
  },
});
