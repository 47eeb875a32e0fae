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
  mapLayer: { 'zh-CN': '图层', en: 'Map layer' },
  layerDistricts: { 'zh-CN': '区县', en: 'Districts' },
  layerPoints: { 'zh-CN': '点位', en: 'Points' },
  layerCoverage: { 'zh-CN': '覆盖', en: 'Coverage' },
  coverageTitle: { 'zh-CN': '覆盖范围', en: 'Coverage' },
  // Time travel (the period control, playback and its scrubber).
  periodControl: { 'zh-CN': '统计期', en: 'Period' },
  periodUnits: { 'zh-CN': '统计期单位', en: 'Period unit' },
  unitYear: { 'zh-CN': '年', en: 'Year' },
  unitQuarter: { 'zh-CN': '季', en: 'Qtr' },
  unitMonth: { 'zh-CN': '月', en: 'Month' },
  periodPrevious: { 'zh-CN': '上一期（←）', en: 'Previous period (←)' },
  periodNext: { 'zh-CN': '下一期（→）', en: 'Next period (→)' },
  playHistory: { 'zh-CN': '逐月回放（空格）', en: 'Play month by month (Space)' },
  pauseHistory: { 'zh-CN': '暂停回放（空格）', en: 'Pause playback (Space)' },
  historyScrubber: { 'zh-CN': '历史回放进度', en: 'Playback position' },
  playingBack: { 'zh-CN': '回放中', en: 'Playing back' },
  // Drill-down and point details on the map.
  drillTrail: { 'zh-CN': '下钻路径', en: 'Drill-down path' },
  drillBackTo: { 'zh-CN': '返回', en: 'Back to' },
  pointDetails: { 'zh-CN': '点位详情', en: 'Point details' },
  pointList: { 'zh-CN': '点位列表：回车查看详情', en: 'Points: Enter shows the details' },
  closeDetails: { 'zh-CN': '关闭', en: 'Close' },
  pointsHere: { 'zh-CN': '此处的点位', en: 'Points here' },
  alertsTitle: { 'zh-CN': '告警', en: 'Alerts' },
  soundBlocked: {
    'zh-CN': '浏览器在首次点击前不播放声音：点击屏幕任意处启用告警提示音',
    en: 'The browser plays no sound before the first click: click anywhere to enable the alert tone',
  },
  playlistTitle: { 'zh-CN': '轮播大屏', en: 'Screen playlist' },
} as const satisfies Record<string, Record<AppLang, string>>;

/** Key of an app string. */
export type AppTextKey = keyof typeof appText;

/** The app string `key` in `lang`. */
export function tr(lang: AppLang, key: AppTextKey): string {
  return appText[key][lang];
}
