import type { FieldDecl } from '../../feeds/fields/types.js';
import { DATE_TYPES } from '../../feeds/fields/types.js';
import { formatPeriod } from '../../format/period.js';
import type { BindingContext, Row } from '../frame.js';
import { periodOf } from '../period-key.js';
import { valueText } from '../text.js';
import type { AxisCategory } from './types.js';

const keyText = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/**
 * The categories of an axis: a category's declared values in order, an integer field's whole
 * declared range (hours 0–23), dates in time order, or other values as they first appear.
 */
export function axisOf(
  decl: FieldDecl | undefined,
  name: string,
  rows: readonly Row[],
  context: BindingContext,
): AxisCategory[] {
  const seen = new Map<string, unknown>();
  for (const r of rows) {
    const v = r[name];
    if (v !== undefined && v !== null && !seen.has(keyText(v))) seen.set(keyText(v), v);
  }
  if (decl?.type === 'category' && decl.values) {
    return decl.values.map((v) => ({ key: v, label: valueText(v, decl, undefined, context) }));
  }
  if (
    decl?.type === 'integer' &&
    decl.min !== undefined &&
    decl.max !== undefined &&
    decl.max - decl.min <= 100
  ) {
    const out: AxisCategory[] = [];
    for (let i = decl.min; i <= decl.max; i++)
      out.push({ key: String(i), label: { 'zh-CN': String(i), en: String(i) } });
    return out;
  }
  const values = [...seen.entries()];
  if (decl && DATE_TYPES.has(decl.type)) {
    const periods = values
      .map(([k, v]) => [k, periodOf(v) ?? k] as const)
      .sort((a, b) => (a[1] < b[1] ? -1 : 1));
    // Inside one year the axis leaves the year out ("1月" rather than "2022年1月").
    const oneYear =
      new Set(periods.map(([, p]) => p.slice(0, 4))).size <= 1 && decl.type !== 'year';
    const style = oneYear ? 'short' : 'long';
    return periods.map(([k, p]) => ({
      key: k,
      label: { 'zh-CN': formatPeriod(p, 'zh-CN', style), en: formatPeriod(p, 'en', style) },
    }));
  }
  if (values.every(([, v]) => typeof v === 'number'))
    values.sort((a, b) => (a[1] as number) - (b[1] as number));
  return values.map(([k, v]) => ({
    key: k,
    label: valueText(
      v,
      decl,
      rows.find((r) => r[name] === v),
      context,
    ),
  }));
}

/** The key of a row's value on an axis (as `axisOf` keys them). */
export function axisKey(value: unknown): string {
  return keyText(value);
}
