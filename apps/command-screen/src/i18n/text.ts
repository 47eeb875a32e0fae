/** The screen languages. */
export type AppLang = 'zh-CN' | 'en';

/** Every string the app itself shows (widgets bring their own), in both languages. */
export const appText = {
  configErrorTitle: { 'zh-CN': '大屏配置有误，无法显示', en: 'The screen config is invalid' },
  configErrorLead: {
    'zh-CN': '请按下列位置修正配置文件后刷新：',
    en: 'Fix the config at these places, then reload:',
  },
  configSource: { 'zh-CN': '配置来源', en: 'Config' },
  file: { 'zh-CN': '文件', en: 'File' },
  path: { 'zh-CN': '位置', en: 'Path' },
  problem: { 'zh-CN': '问题', en: 'Problem' },
  wholeDocument: { 'zh-CN': '（整个文件）', en: '(whole document)' },
  feeds: { 'zh-CN': '数据源', en: 'Feeds' },
  reloadedBecause: { 'zh-CN': '看门狗已自动刷新：', en: 'Watchdog reloaded the screen: ' },
  urlProblems: { 'zh-CN': '已忽略的地址参数：', en: 'Ignored URL parameters: ' },
  unknownWidget: { 'zh-CN': '未知组件', en: 'Unknown widget' },
  widgetFailed: { 'zh-CN': '组件出错', en: 'Widget failed' },
  feedNames: { 'zh-CN': '数据', en: 'Data' },
  asOf: { 'zh-CN': '数据截至', en: 'Data as of' },
  carouselTitle: { 'zh-CN': '专题轮播', en: 'Rotating views' },
  allDistricts: { 'zh-CN': '全域', en: 'All districts' },
  selected: { 'zh-CN': '已选', en: 'Selected' },
  clearSelection: { 'zh-CN': '点击空白处恢复全域', en: 'Click outside to show all' },
} as const satisfies Record<string, Record<AppLang, string>>;

/** Key of an app string. */
export type AppTextKey = keyof typeof appText;

/** The app string `key` in `lang`. */
export function tr(lang: AppLang, key: AppTextKey): string {
  return appText[key][lang];
}
