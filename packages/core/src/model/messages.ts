import type { FieldDecl, FieldType, LocalText } from '../feeds/fields/types.js';

// Every sentence a binding fault shows, in both languages: the one place they are written.

const t = (zh: string, en: string): LocalText => ({ 'zh-CN': zh, en });
const list = (names: readonly string[]) =>
  names.slice(0, 12).join(', ') + (names.length > 12 ? ' …' : '');

const typeZh: Record<FieldType, string> = {
  number: '数值',
  integer: '整数',
  boolean: '是否',
  string: '文本',
  category: '分类',
  year: '年份',
  quarter: '季度',
  month: '月份',
  date: '日期',
  datetime: '时间',
  place: '地点',
  longitude: '经度',
  latitude: '纬度',
};

/** The sentences of binding faults. */
export const faults = {
  noField: (name: string, fields: readonly FieldDecl[]) =>
    t(
      `没有字段“${name}”（可用字段：${list(fields.map((f) => f.name))}）`,
      `no field "${name}" (fields here: ${list(fields.map((f) => f.name))})`,
    ),
  wrongType: (name: string, type: FieldType, wanted: string, wantedZh: string) =>
    t(
      `字段“${name}”是${typeZh[type]}，这里需要${wantedZh}`,
      `field "${name}" is a ${type}; ${wanted} is needed here`,
    ),
  noDateField: () =>
    t(
      '这张表没有日期类字段（年、季度、月、日期或时间）',
      'this table has no date field (year, quarter, month, date or datetime)',
    ),
  noPlaceField: () => t('这张表没有地点字段', 'this table has no place field'),
  badPeriod: (value: string) =>
    t(
      `“${value}”不是时期：请写 screen、latest、2022、2022-Q2 或 2022-06`,
      `"${value}" is not a period: write screen, latest, 2022, 2022-Q2 or 2022-06`,
    ),
  noTable: (name: string, tables: readonly string[]) =>
    t(
      `这个数据源没有表“${name}”（可用：${list(tables)}）`,
      `the feed has no table "${name}" (tables: ${list(tables)})`,
    ),
  notATable: (pointer: string) =>
    t(
      `指针“${pointer}”应指向一张表，如 /data/monthly`,
      `the pointer "${pointer}" should name a table, such as /data/monthly`,
    ),
  noDeclaration: (feed: string) =>
    t(`数据源“${feed}”没有声明字段`, `the feed "${feed}" declares no fields`),
  unknownTransform: (key: string, known: readonly string[]) =>
    t(
      `未知的变换“${key}”（可用：${list(known)}）`,
      `unknown transform "${key}" (known: ${list(known)})`,
    ),
  oneKey: () =>
    t(
      '每个变换只写一个键，如 { "filter": … }',
      'each transform is one key, such as { "filter": … }',
    ),
  filterKind: () =>
    t(
      '筛选写 field 加一个比较、place 或 period 三者之一',
      'a filter takes a field with one comparison, or place, or period',
    ),
  viewMismatch: (widget: string, accepts: readonly string[], kind: string) =>
    t(
      `组件 ${widget} 显示 ${list(accepts)} 类视图，而绑定产生 ${kind}`,
      `${widget} shows a ${list(accepts)} view, but the binding makes a ${kind} view`,
    ),
  oneRow: (rows: number) =>
    t(
      `单值视图需要一行数据，实际有 ${rows} 行：请先分组汇总（group）或筛选`,
      `a value view needs one row, but there are ${rows}: group or filter first`,
    ),
  samePlace: (field: string) =>
    t(`字段“${field}”不能与自身比较`, `field "${field}" cannot be compared with itself`),
  nameTaken: (name: string) => t(`字段名“${name}”已被使用`, `the field name "${name}" is taken`),
  noStages: () => t('漏斗至少需要两个环节', 'a funnel needs at least two stages'),
  feedFault: (feed: string, text: LocalText) =>
    t(`数据源 ${feed}：${text['zh-CN']}`, `feed ${feed}: ${text.en}`),
};

/** Words shown on views (not faults). */
export const words = {
  count: t('数量', 'Count'),
  share: t('占比', 'Share'),
  change: (against: 'yearAgo' | 'previous') =>
    against === 'yearAgo' ? t('同比', 'YoY') : t('环比', 'vs previous'),
  percent: t('%', '%'),
  hour: t('时段', 'Hour'),
  weekday: t('星期', 'Weekday'),
  stage: t('环节', 'Stage'),
  reached: t('到达', 'Reached'),
  open: t('当前在办', 'Open now'),
  conversion: t('转化率', 'Conversion'),
  dwell: t('平均停留', 'Mean dwell'),
  hours: t('小时', 'hours'),
  previous: t('上期', 'Previous'),
};
