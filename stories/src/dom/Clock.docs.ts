import { Clock } from '@onescreen/widgets';
import type { WidgetDocs } from '../docs/types.js';

/** Clock's Docs page: prose, the copyable example and its screen-config entry. */
export const clockDocs: WidgetDocs = {
  purpose: {
    'zh-CN': '日期、星期和时间，始终按北京时间（Asia/Shanghai）显示，与机器所在时区无关。',
    en: "Date, weekday and time, always in Beijing time (Asia/Shanghai), whatever the machine's time zone.",
  },
  do: [
    {
      'zh-CN': '在 Header 之外需要单独时钟时使用，例如门户卡片角落。',
      en: 'Use it where a clock is needed outside a Header, e.g. the corner of a portal card.',
    },
  ],
  dont: [
    {
      'zh-CN': '不要在已有 Header 的屏幕上再放一个时钟。',
      en: 'Do not add a second clock to a screen that has a Header.',
    },
    {
      'zh-CN': '不要用它显示数据时间；数据时间由各组件的“数据更新于”显示。',
      en: "Do not use it for data times; each widget's age badge says how old its data is.",
    },
  ],
  example: { component: Clock, props: {}, width: 360, height: 48 },
  screen: {
    json: { id: 'clock', type: 'Clock' },
    note: {
      'zh-CN': 'Clock 不绑定数据。',
      en: 'Clock binds no feed.',
    },
  },
  embed: {},
};
