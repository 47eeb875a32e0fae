import type { LocalText } from '@onescreen/core';

// Every sentence `onescreen import` and `onescreen build-feeds` say to a person, in both
// languages: the one place they are written. Reports keep the key and its parameters too, so
// a program reading a report never parses a sentence.

/** The languages of reports and messages. */
export type Lang = keyof LocalText;

const t = (zh: string, en: string): LocalText => ({ 'zh-CN': zh, en });
const list = (items: readonly string[], max = 12) =>
  items.slice(0, max).join(', ') + (items.length > max ? ' …' : '');
const listZh = (items: readonly string[], max = 12) =>
  items.slice(0, max).join('、') + (items.length > max ? '…' : '');

/** Parameters of a message: plain strings and numbers. */
export type MessageParams = Readonly<Record<string, string | number | readonly string[]>>;

const s = (p: MessageParams, k: string) => String(p[k] ?? '');
const l = (p: MessageParams, k: string) => (p[k] ?? []) as readonly string[];

/** The catalogue: each key builds its sentence in both languages from its parameters. */
export const MESSAGES = {
  // What a cell should hold (the "expected" of a problem).
  'expect.number': () => t('数值', 'a number'),
  'expect.integer': () => t('整数', 'a whole number'),
  'expect.min': (p) => t(`不小于 ${s(p, 'min')} 的数`, `a number of at least ${s(p, 'min')}`),
  'expect.max': (p) => t(`不大于 ${s(p, 'max')} 的数`, `a number of at most ${s(p, 'max')}`),
  'expect.boolean': () => t('是或否', 'yes or no'),
  'expect.category': (p) =>
    t(`以下之一：${listZh(l(p, 'values'))}`, `one of ${list(l(p, 'values'))}`),
  'expect.text': () => t('文字', 'text'),
  'expect.shortText': (p) =>
    t(`不超过 ${s(p, 'max')} 个字的文字`, `text of at most ${s(p, 'max')} characters`),
  'expect.year': () => t('年份，如 2022', 'a year such as 2022'),
  'expect.quarter': () => t('季度，如 2022-Q2 或 2022年第2季度', 'a quarter such as 2022-Q2'),
  'expect.month': () => t('月份，如 2022-12 或 2022年12月', 'a month such as 2022-12'),
  'expect.date': () =>
    t(
      '日期，如 2022-12-31、2022/12/31 或 2022年12月31日',
      'a date such as 2022-12-31 or 2022/12/31',
    ),
  'expect.datetime': () =>
    t('时间，如 2022-12-31 09:30 或 2022/12/31 9:30', 'a time such as 2022-12-31 09:30'),
  'expect.place': () =>
    t(
      '区县或镇街的名称或代码，如 萧山区 或 330109',
      'a district or town name or code, such as 萧山区 or 330109',
    ),
  'expect.placeIn': (p) =>
    t(`以下地区之一：${listZh(l(p, 'names'))}`, `one of these places: ${list(l(p, 'names'))}`),
  'expect.longitude': () => t('经度（GCJ-02，73 至 136）', 'a GCJ-02 longitude from 73 to 136'),
  'expect.latitude': () => t('纬度（GCJ-02，3 至 54）', 'a GCJ-02 latitude from 3 to 54'),
  'expect.value': () => t('一个值（此列必填）', 'a value (this column is required)'),
  'expect.rule': (p) => t(`满足规则：${s(p, 'rule')}`, `a value that satisfies: ${s(p, 'rule')}`),

  // What was found, when words say it better than the cell's text.
  'found.empty': () => t('空白', 'an empty cell'),
  'found.error': (p) => t(`公式错误 ${s(p, 'error')}`, `the formula error ${s(p, 'error')}`),

  // How to fix it.
  'fix.number': () =>
    t(
      '只写数字，如 1080、1,080 或 1 080；可带“万”',
      'write digits only, such as 1080, 1,080 or 1 080',
    ),
  'fix.integer': () => t('写整数，去掉小数部分', 'write a whole number, without decimals'),
  'fix.range': () => t('检查数值是否录错', 'check the value for a typing error'),
  'fix.boolean': () => t('写“是”或“否”', 'write 是 (yes) or 否 (no)'),
  'fix.category': (p) =>
    t(
      `从下拉列表中选择，或写：${listZh(l(p, 'labels'))}`,
      `pick from the list, or write: ${list(l(p, 'labels'))}`,
    ),
  'fix.closest': (p) => t(`是否要写“${s(p, 'value')}”？`, `did you mean "${s(p, 'value')}"?`),
  'fix.text': () => t('缩短这段文字', 'shorten the text'),
  'fix.year': () => t('写四位年份，如 2022', 'write the four-digit year, such as 2022'),
  'fix.quarter': () => t('写成 2022-Q2', 'write it as 2022-Q2'),
  'fix.month': () => t('写成 2022-12', 'write it as 2022-12'),
  'fix.date': () => t('写成 2022-12-31', 'write it as 2022-12-31'),
  'fix.dateNotMonth': (p) =>
    t(
      `这一列要具体日期；若指该月第一天，写 ${s(p, 'value')}`,
      `this column needs a day; for the first of the month write ${s(p, 'value')}`,
    ),
  'fix.datetime': () =>
    t('写成 2022-12-31 09:30（北京时间）', 'write it as 2022-12-31 09:30 (Beijing time)'),
  'fix.placeUnknown': () =>
    t(
      '写区县全称（如 萧山区）或 6 位代码；镇街写全称（如 城厢街道）或 9 位代码',
      'write the full district name (萧山区) or its 6-digit code; a town by its full name (城厢街道) or 9-digit code',
    ),
  'fix.placeChoose': (p) =>
    t(
      `同名的有：${listZh(l(p, 'names'))}；请写代码或填写区县列`,
      `several places share this name (${list(l(p, 'names'))}): write the code, or fill in the district column`,
    ),
  'fix.placeOutside': (p) =>
    t(
      `该镇街不属于 ${s(p, 'district')}；检查区县列`,
      `this town is not in ${s(p, 'district')}: check the district column`,
    ),
  'fix.placeNotListed': () =>
    t('这个数据源只收录上面列出的地区', 'this feed takes only the places listed above'),
  'fix.coordinate': () =>
    t(
      '检查经纬度是否写反，GPS 坐标须先转为 GCJ-02',
      'check that longitude and latitude are not swapped; convert GPS (WGS-84) positions to GCJ-02 first',
    ),
  'fix.required': () => t('填写这个单元格，或删除整行', 'fill in this cell, or delete the row'),
  'fix.formula': () => t('修正公式，或直接填写数值', 'fix the formula, or type the value'),
  'fix.rule': () =>
    t('对照同一行的其他数值检查', 'check it against the other values in the same row'),

  // Import: tables, sheets and columns.
  'import.sheetIgnored': (p) =>
    t(
      `工作表“${s(p, 'sheet')}”不对应任何数据表，已跳过（数据表：${listZh(l(p, 'tables'))}）`,
      `sheet "${s(p, 'sheet')}" matches no table and was skipped (tables: ${list(l(p, 'tables'))})`,
    ),
  'import.sheetEmpty': (p) =>
    t(
      `工作表“${s(p, 'sheet')}”没有表头行，已跳过`,
      `sheet "${s(p, 'sheet')}" has no header row and was skipped`,
    ),
  'import.columnIgnored': (p) =>
    t(
      `${s(p, 'cell')} 列“${s(p, 'header')}”不是这张表的字段，已忽略`,
      `column ${s(p, 'cell')} "${s(p, 'header')}" is not a field of this table and was ignored`,
    ),
  'import.columnTwice': (p) =>
    t(
      `${s(p, 'cell')} 列“${s(p, 'header')}”与前面的列重复，已忽略`,
      `column ${s(p, 'cell')} "${s(p, 'header')}" repeats an earlier column and was ignored`,
    ),
  'import.columnMissing': (p) =>
    t(
      `缺少必填列“${s(p, 'header')}”：请按模板添加这一列`,
      `the required column "${s(p, 'header')}" is missing: add it as in the template`,
    ),
  'import.tableTwice': (p) =>
    t(
      `数据表 ${s(p, 'table')} 出现在多个工作表中，只读取了第一个`,
      `table ${s(p, 'table')} appears in more than one sheet; only the first was read`,
    ),
  'import.tableAbsent': (p) =>
    t(
      `输入中没有数据表 ${s(p, 'table')}，写为空表`,
      `no sheet holds table ${s(p, 'table')}; it is written empty`,
    ),
  'import.tableFromBase': (p) =>
    t(
      `数据表 ${s(p, 'table')} 沿用 ${s(p, 'file')} 中的记录`,
      `table ${s(p, 'table')} is kept from ${s(p, 'file')}`,
    ),
  'import.nothing': () =>
    t('没有读到任何数据表，未写出数据源', 'no table was read; no feed was written'),
  'import.refused': (p) =>
    t(
      `生成的数据源未通过校验：${s(p, 'problem')}`,
      `the feed made from the input is not valid: ${s(p, 'problem')}`,
    ),
  'import.strict': (p) =>
    t(
      `有 ${s(p, 'count')} 行无法读取；使用了 --strict，未写出数据源`,
      `${s(p, 'count')} rows could not be read; with --strict no feed was written`,
    ),
  'import.encoding': (p) =>
    t(
      `${s(p, 'file')} 按 ${s(p, 'encoding')} 编码读取`,
      `${s(p, 'file')} was read as ${s(p, 'encoding')}`,
    ),
  'import.unreadable': (p) =>
    t(
      `无法读取 ${s(p, 'file')}：${s(p, 'reason')}`,
      `cannot read ${s(p, 'file')}: ${s(p, 'reason')}`,
    ),
  'import.notBase': (p) =>
    t(
      `${s(p, 'file')} 不是 ${s(p, 'kind')} 数据源`,
      `${s(p, 'file')} is not a ${s(p, 'kind')} feed`,
    ),
  'import.unknownFormat': (p) =>
    t(
      `${s(p, 'file')}：只支持 .csv、.tsv、.txt 和 .xlsx 文件`,
      `${s(p, 'file')}: only .csv, .tsv, .txt and .xlsx files can be imported`,
    ),
  'import.summary': (p) =>
    t(
      `${s(p, 'table')}：读取 ${s(p, 'rows')} 行，导入 ${s(p, 'imported')} 行，舍弃 ${s(p, 'dropped')} 行，跳过空行 ${s(p, 'blank')} 行`,
      `${s(p, 'table')}: ${s(p, 'rows')} rows read, ${s(p, 'imported')} imported, ${s(p, 'dropped')} dropped, ${s(p, 'blank')} blank rows skipped`,
    ),
  'import.more': (p) =>
    t(
      `……另有 ${s(p, 'count')} 处问题（见报告）`,
      `… and ${s(p, 'count')} more problems (see the report)`,
    ),
  'import.written': (p) =>
    t(`已写出 ${s(p, 'file')}（${s(p, 'kind')}）`, `wrote ${s(p, 'file')} (${s(p, 'kind')})`),
  'import.problem': (p) =>
    t(
      `${s(p, 'where')}：应为${s(p, 'expected')}，实为 ${s(p, 'found')}。${s(p, 'fix')}`,
      `${s(p, 'where')}: expected ${s(p, 'expected')}, found ${s(p, 'found')}. ${s(p, 'fix')}`,
    ),

  // Import: which feed to make.
  'target.needKind': () =>
    t(
      '请说明表格属于哪个数据源：--kind petitions|hotline|fire|antifraud|grassroots，或 --fields 字段声明.json',
      'say which feed the spreadsheet is: --kind petitions|hotline|fire|antifraud|grassroots, or --fields <declaration.json>',
    ),
  'target.notDomain': (p) =>
    t(
      `“${s(p, 'kind')}”不是五个内置数据源之一；自描述数据源请用 --fields 字段声明.json`,
      `"${s(p, 'kind')}" is not one of the five domain kinds: a self-describing feed needs --fields <declaration.json>`,
    ),
  'target.badKind': (p) =>
    t(
      `自描述数据源需要自己的名称（小写字母、数字和短横线，且不是内置名称），而不是“${s(p, 'kind')}”`,
      `a self-describing feed needs its own kind (lower-case letters, digits and dashes, not a built-in kind), not "${s(p, 'kind')}"`,
    ),
  'target.badFields': (p) =>
    t(
      `字段声明 ${s(p, 'file')} 有误：${s(p, 'reason')}`,
      `the declaration ${s(p, 'file')} is not valid: ${s(p, 'reason')}`,
    ),

  // build-feeds: why a run failed (the last good feed stays in place).
  'build.connectRefused': (p) =>
    t(
      `无法连接数据库 ${s(p, 'target')}：连接被拒绝（服务器是否在运行、端口是否正确？）`,
      `cannot connect to the database at ${s(p, 'target')}: connection refused (is the server running, is the port right?)`,
    ),
  'build.connectFailed': (p) =>
    t(
      `无法连接数据库 ${s(p, 'target')}：${s(p, 'reason')}`,
      `cannot connect to the database at ${s(p, 'target')}: ${s(p, 'reason')}`,
    ),
  'build.unknownDatabase': (p) =>
    t(
      `无法识别数据库“${s(p, 'database')}”：请写 sqlite:文件 或 postgres://用户@主机:端口/库名`,
      `unknown database "${s(p, 'database')}": write sqlite:<file> or postgres://user@host:port/database`,
    ),
  'build.noDatabaseFile': (p) =>
    t(
      `SQLite 数据库文件 ${s(p, 'file')} 不存在或无法打开`,
      `the SQLite database file ${s(p, 'file')} does not exist or cannot be opened`,
    ),
  'build.timeout': (p) =>
    t(
      `查询 ${s(p, 'table')} 超过 ${s(p, 'seconds')} 秒未完成，已中止`,
      `the query of ${s(p, 'table')} ran longer than ${s(p, 'seconds')} s and was stopped`,
    ),
  'build.badQuery': (p) =>
    t(
      `查询 ${s(p, 'table')} 出错：${s(p, 'reason')}`,
      `the query of ${s(p, 'table')} failed: ${s(p, 'reason')}`,
    ),
  'build.missingColumn': (p) =>
    t(
      `查询 ${s(p, 'table')} 没有返回列“${s(p, 'column')}”（映射到字段 ${s(p, 'field')}）；返回的列：${listZh(l(p, 'columns'), 30)}`,
      `the query of ${s(p, 'table')} returned no column "${s(p, 'column')}" (mapped to field ${s(p, 'field')}); it returned: ${list(l(p, 'columns'), 30)}`,
    ),
  'build.noColumnForField': (p) =>
    t(
      `字段 ${s(p, 'field')}（${s(p, 'table')}）是必填的，但查询没有对应的列；返回的列：${listZh(l(p, 'columns'), 30)}`,
      `field ${s(p, 'field')} of ${s(p, 'table')} is required but no column maps to it; the query returned: ${list(l(p, 'columns'), 30)}`,
    ),
  'build.unknownField': (p) =>
    t(
      `映射中的字段 ${s(p, 'field')} 不是表 ${s(p, 'table')} 的字段`,
      `the mapping names field ${s(p, 'field')}, which table ${s(p, 'table')} does not have`,
    ),
  'build.unknownTable': (p) =>
    t(
      `定义中的表 ${s(p, 'table')} 不属于这个数据源（数据表：${listZh(l(p, 'tables'))}）`,
      `the definition names table ${s(p, 'table')}, which the feed does not have (tables: ${list(l(p, 'tables'))})`,
    ),
  'build.tableMissing': (p) =>
    t(
      `定义缺少数据表 ${s(p, 'table')} 的查询`,
      `the definition has no query for table ${s(p, 'table')}`,
    ),
  'build.badValues': (p) =>
    t(
      `${s(p, 'count')} 行无法转换（上限 ${s(p, 'max')}），例如 ${s(p, 'example')}`,
      `${s(p, 'count')} rows could not be converted (at most ${s(p, 'max')} allowed), e.g. ${s(p, 'example')}`,
    ),
  'build.invalid': (p) =>
    t(
      `生成的数据源未通过校验：${s(p, 'problem')}`,
      `the feed made from the query is not valid: ${s(p, 'problem')}`,
    ),
  'build.noAsOf': () => t('asOf 查询没有返回时间', 'the asOf query returned no time'),
  'build.noDriver': (p) =>
    t(
      `未安装数据库驱动 ${s(p, 'driver')}：请运行 npm install ${s(p, 'driver')}`,
      `the database driver ${s(p, 'driver')} is not installed: run npm install ${s(p, 'driver')}`,
    ),
  'build.badDefinition': (p) =>
    t(
      `定义文件 ${s(p, 'file')} 有误：${s(p, 'reason')}`,
      `the definition ${s(p, 'file')} is not valid: ${s(p, 'reason')}`,
    ),
  'build.written': (p) =>
    t(
      `${s(p, 'name')}：已写出 ${s(p, 'file')}（${s(p, 'records')} 条记录）`,
      `${s(p, 'name')}: wrote ${s(p, 'file')} (${s(p, 'records')} records)`,
    ),
  'build.unchanged': (p) =>
    t(`${s(p, 'name')}：${s(p, 'file')} 无变化`, `${s(p, 'name')}: ${s(p, 'file')} is unchanged`),
  'build.failed': (p) =>
    t(
      `${s(p, 'name')}：未更新 ${s(p, 'file')}，保留上一次的有效数据。原因：${s(p, 'reason')}`,
      `${s(p, 'name')}: ${s(p, 'file')} not updated, the last good feed stays. Why: ${s(p, 'reason')}`,
    ),
} satisfies Record<string, (p: MessageParams) => LocalText>;

/** A key of the catalogue. */
export type MessageKey = keyof typeof MESSAGES;

/** A message kept as its key and parameters, so it can be said in either language later. */
export interface Message {
  /** The catalogue key. */
  key: MessageKey;
  /** Its parameters. */
  params: MessageParams;
}

/** The sentence of a message in one language. */
export function say(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return MESSAGES[key](params)[lang];
}

/** A message as its key, parameters and sentence, ready for a report. */
export function message(key: MessageKey, params: MessageParams = {}): Message {
  return { key, params };
}
