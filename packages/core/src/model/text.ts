import type { FieldDecl, LocalText } from '../feeds/fields/types.js';
import { districtByCode } from '../feeds/places.js';
import { formatNumber } from '../format/number.js';
import { formatPeriod } from '../format/period.js';
import type { BindingContext, Row } from './frame.js';
import { periodOf } from './period-key.js';
import { shanghaiWall } from './shanghai-wall.js';
import { timestampMs } from './timestamp-ms.js';

const same = (text: string): LocalText => ({ 'zh-CN': text, en: text });

const shanghaiShort = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * A datetime as the screen's short Shanghai wall time: "06-30 09:15". Lists show it for each of
 * their rows on every update; Intl's formatToParts cost four times the arithmetic (3.8 against
 * 0.9 µs in Node), so instants since Shanghai's offset was fixed take arithmetic, and only older
 * ones ask Intl.
 */
export function shortTime(iso: string): string {
  const ms = timestampMs(iso);
  if (Number.isNaN(ms)) return iso;
  const wall = shanghaiWall(ms);
  if (wall) return `${wall.slice(5, 10)} ${wall.slice(11, 16)}`;
  const p = Object.fromEntries(shanghaiShort.formatToParts(ms).map((x) => [x.type, x.value]));
  return `${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** A place's name: from the record's name field, the known districts, or the boundaries. */
export function placeText(
  code: string,
  row: Row | undefined,
  decl: FieldDecl | undefined,
  context: BindingContext,
): LocalText {
  const fromRow = decl?.nameField ? row?.[decl.nameField] : undefined;
  const known = districtByCode(code);
  if (known) return { 'zh-CN': known.name, en: known.nameEn };
  const fromMap = context.placeName?.(code);
  if (typeof fromRow === 'string' && fromRow.length > 0) {
    return { 'zh-CN': fromRow, en: fromMap?.en ?? fromRow };
  }
  return fromMap ?? same(code);
}

/** Any field value as text in both languages, by its declared type. */
export function valueText(
  value: unknown,
  decl: FieldDecl | undefined,
  row: Row | undefined,
  context: BindingContext,
): LocalText {
  if (value === undefined || value === null) return same('—');
  const type = decl?.type;
  if (type === 'category' || (decl?.valueLabels && typeof value === 'string')) {
    return decl?.valueLabels?.[String(value)] ?? same(String(value));
  }
  if (type === 'place' && typeof value === 'string') return placeText(value, row, decl, context);
  if (type === 'datetime' && typeof value === 'string') return same(shortTime(value));
  if (type === 'year' || type === 'quarter' || type === 'month' || type === 'date') {
    const key = periodOf(value);
    if (key) return { 'zh-CN': formatPeriod(key, 'zh-CN'), en: formatPeriod(key, 'en') };
  }
  if (type === 'boolean' || typeof value === 'boolean') {
    return value ? { 'zh-CN': '是', en: 'Yes' } : { 'zh-CN': '否', en: 'No' };
  }
  if (typeof value === 'number') {
    return { 'zh-CN': formatNumber(value, 'zh-CN'), en: formatNumber(value, 'en') };
  }
  return same(String(value));
}

/** A value's text followed by its unit, when the field has one ("36 人" / "36 people"). */
export function valueWithUnit(
  value: unknown,
  decl: FieldDecl | undefined,
  row: Row | undefined,
  context: BindingContext,
): LocalText {
  const text = valueText(value, decl, row, context);
  const unit = decl?.unit;
  if (!unit || value === undefined || value === null) return text;
  const join = (a: string, b: string) => (b === '' ? a : b === '%' ? `${a} %` : `${a} ${b}`);
  return { 'zh-CN': join(text['zh-CN'], unit['zh-CN']), en: join(text.en, unit.en) };
}
