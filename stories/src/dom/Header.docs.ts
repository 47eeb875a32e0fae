import { Header } from '@onescreen/widgets';
import type { WidgetDocs } from '../docs/types.js';

/** Header's Docs page: prose, the copyable example and its screen-config entry. */
export const headerDocs: WidgetDocs = {
  purpose: {
    'zh-CN': '大屏标题带：居中的屏幕标题、左侧数据新鲜度、右侧北京时间时钟。',
    en: "The screen's title band: the title in the middle, data freshness on the left, and a clock in Beijing time on the right.",
  },
  do: [
    {
      'zh-CN': '每块屏只放一个 Header，放在最上方整行。',
      en: 'Use one Header per screen, across the full top row.',
    },
    {
      'zh-CN': '标题写明范围与主题，例如“杭嘉基层治理 一屏览全域”。',
      en: 'Name the area and the subject in the title, e.g. "Hangzhou–Jiaxing grassroots governance".',
    },
  ],
  dont: [
    {
      'zh-CN': '不要把 Header 当作面板标题；面板标题请用 Panel 或 TitleBar。',
      en: 'Do not use Header as a panel title; use Panel or TitleBar.',
    },
    {
      'zh-CN': '不要用浏览器本地时间另放时钟；Header 的时钟固定显示 Asia/Shanghai 时间。',
      en: "Do not add a clock in the browser's local time; Header's clock always shows Asia/Shanghai time.",
    },
  ],
  example: {
    component: Header,
    props: { title: '杭嘉基层治理 一屏览全域' },
    width: 1280,
    height: 72,
  },
  screen: {
    json: { area: 'header', rows: [{ widgets: [{ id: 'header', type: 'Header' }] }] },
    note: {
      'zh-CN': 'Header 不绑定数据：标题取自配置顶层的 title，新鲜度取自各数据源的状态。',
      en: "Header binds no feed: its title is the config's top-level title, and freshness comes from the feeds' states.",
    },
  },
  embed: {},
};
