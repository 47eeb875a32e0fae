// The parser phrases what it expected and what it found in English (they are also the feed
// client's log messages). The validator speaks Chinese by default, so each known phrase has its
// Chinese here. A phrase not listed (a new schema's own wording) is shown as it is: a reader
// still gets the pointer, the position and the found value.

type Rule = readonly [RegExp, (...groups: string[]) => string];

const EXPECTED: readonly Rule[] = [
  [/^a non-negative integer$/, () => '非负整数'],
  [/^an amount in yuan \(a finite number ≥ 0\)$/, () => '以元计的金额（≥ 0 的有限数）'],
  [/^a percentage from 0 to 100$/, () => '0 到 100 之间的百分数'],
  [/^an integer from (\S+) to (\S+)$/, (a, b) => `${a} 到 ${b} 之间的整数`],
  [/^an integer ([≥>≤]) (\S+)$/, (op, n) => `${op} ${n} 的整数`],
  [/^an integer$/, () => '整数'],
  [/^a finite number from (\S+) to (\S+)$/, (a, b) => `${a} 到 ${b} 之间的有限数`],
  [/^a finite number ([≥>≤]) (\S+)$/, (op, n) => `${op} ${n} 的有限数`],
  [/^a finite number$/, () => '有限数'],
  [/^a number$/, () => '数值'],
  [/^a year such as (\d+)$/, (y) => `年份（如 ${y}）`],
  [/^a quarter as YYYY-Qn$/, () => 'YYYY-Qn 格式的季度'],
  [
    /^a place code \(6-digit adcode, 9-digit town code or a zone id\)$/,
    () => '地点代码（6 位区县代码、9 位乡镇代码或园区编号）',
  ],
  [/^a place inside (.+)$/, (outer) => `位于 ${outer} 内的地点`],
  [/^Chinese text$/, () => '中文文本'],
  [/^English text$/, () => '英文文本'],
  [/^text in both languages: (.+)$/, (shape) => `中英文文本：${shape}`],
  [/^a string$/, () => '字符串'],
  [/^a non-empty string$/, () => '非空字符串'],
  [/^a string of at most (\d+) characters$/, (n) => `不超过 ${n} 个字符的字符串`],
  [/^a month as YYYY-MM$/, () => 'YYYY-MM 格式的月份'],
  [/^a date as YYYY-MM-DD$/, () => 'YYYY-MM-DD 格式的日期'],
  [
    /^an ISO 8601 timestamp with offset$/,
    () => '带时区的 ISO 8601 时间（如 2022-12-31T14:00:00+08:00）',
  ],
  [/^a time not in the future \(now is (.+)\)$/, (now) => `不晚于当前的时间（现在是 ${now}）`],
  [/^a known district adcode \((.+)\)$/, (list) => `已知的区县代码（${list}）`],
  [/^a 9-digit town code$/, () => '9 位乡镇（街道）代码'],
  [/^a town code inside district (\d+)$/, (d) => `区县 ${d} 下属的乡镇（街道）代码`],
  [/^town and townName together$/, () => 'town 与 townName 同时给出'],
  [/^a time for reached stage (\w+)$/, (s) => `已到达环节 ${s} 的时间`],
  [/^no time for unreached stage (\w+)$/, (s) => `未到达的环节 ${s} 不应有时间`],
  [/^a time after the previous stage$/, () => '晚于上一环节的时间'],
  [/^a GCJ-02 longitude$/, () => 'GCJ-02 经度'],
  [/^a GCJ-02 latitude$/, () => 'GCJ-02 纬度'],
  [/^a \[longitude, latitude\] pair$/, () => '[经度, 纬度] 坐标'],
  [/^a speed > 0$/, () => '大于 0 的速度'],
  [/^a radius > 0$/, () => '大于 0 的半径'],
  [/^an area > 0$/, () => '大于 0 的面积'],
  [/^an hour from 0 to 23$/, () => '0 到 23 之间的小时'],
  [/^true or false$/, () => 'true 或 false'],
  [/^one of (.+)$/, (list) => `以下之一：${list}`],
  [/^an array$/, () => '数组'],
  [/^an array of at most (\d+) items$/, (n) => `不超过 ${n} 项的数组`],
  [/^an object$/, () => '对象'],
  [/^at most (\d+) items$/, (n) => `不超过 ${n} 项`],
  [/^at least (\d+) items$/, (n) => `至少 ${n} 项`],
  [/^at most (.+)$/, (n) => `不超过 ${n}`],
  [/^at least (.+)$/, (n) => `至少 ${n}`],
  [/^nesting at most (\d+) levels deep$/, (n) => `不超过 ${n} 层的嵌套`],
  [/^schema version (\d+)$/, (n) => `模式版本 ${n}`],
  [
    /^a feed kind \((.+), or a self-describing feed's own name in lower-case letters, digits and dashes\)$/,
    (list) => `数据源类型（${list}，或自描述数据源自己的名称：小写字母、数字和连字符）`,
  ],
  [/^a feed kind \((.+)\)$/, (list) => `数据源类型（${list}）`],
  [
    /^no "fields" on a (\S+) feed \(its fields are built in\)$/,
    (k) => `${k} 数据源不带 "fields"（其字段是内置的）`,
  ],
  [
    /^the fields of each table \(a "(.+)" feed is not one of the five built-in kinds, so it declares its fields\)$/,
    (k) => `每个表的字段声明（"${k}" 不是五种内置类型之一，须自行声明字段）`,
  ],
  [/^the fields of each table: (.+)$/, (shape) => `每个表的字段：${shape}`],
  [/^a field declaration: (.+)$/, (shape) => `字段声明：${shape}`],
  [/^a list of field declarations$/, () => '字段声明列表'],
  [/^a field type \((.+)\)$/, (list) => `字段类型（${list}）`],
  [/^a table name \(letters, digits, _\)$/, () => '表名（字母、数字、_）'],
  [/^from (\d+) to (\d+) tables$/, (a, b) => `${a} 到 ${b} 个表`],
  [/^the feed kind (".+")$/, (kind) => `数据源类型 ${kind}`],
  [/^a feed of at most (\d+) characters$/, (n) => `不超过 ${n} 个字符的数据源`],
  [/^a feed of at most (\d+) bytes$/, (n) => `不超过 ${n} 字节的数据源`],
  [/^complete, valid JSON text$/, () => '完整有效的 JSON 文本'],
  [/^a readable file$/, () => '可读取的文件'],
  [/^a reachable feed URL$/, () => '可访问的数据源网址'],
];

const FOUND: readonly Rule[] = [
  [/^nothing \(missing\)$/, () => '缺失'],
  [/^an array of (\d+) items$/, (n) => `${n} 项的数组`],
  [/^an object$/, () => '对象'],
  [/^(".*") \((\d+) characters\)$/, (text, n) => `${text}（${n} 个字符）`],
  [/^(\d+) characters$/, (n) => `${n} 个字符`],
  [/^(\d+) bytes$/, (n) => `${n} 字节`],
  [/^deeper nesting$/, () => '更深的嵌套'],
];

function translate(rules: readonly Rule[], phrase: string): string {
  for (const [pattern, say] of rules) {
    const match = pattern.exec(phrase);
    if (match) return say(...match.slice(1));
  }
  return phrase;
}

/** What the parser expected, in Chinese when the phrase is known (else as it is). */
export const expectedZh = (phrase: string): string => translate(EXPECTED, phrase);

/** What the parser found, in Chinese when the phrase is known (else as it is). */
export const foundZh = (phrase: string): string => translate(FOUND, phrase);
