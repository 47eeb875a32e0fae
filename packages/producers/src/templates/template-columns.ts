import type { FieldDecl, TableDecl } from '@onescreen/core';
import { headerText } from '../headers.js';
import { type MessageKey, say } from '../messages.js';
import { placeIndex } from '../places/place-index.js';

/** One column of a template: its header and what a clerk writes in it. */
export interface TemplateColumn {
  /** The field it fills. */
  field: FieldDecl;
  /** `中文 (key)`. */
  header: string;
  /** How to write a value, in Chinese (the about sheet). */
  hint: string;
  /** The words a drop-down offers (categories, the allowed districts), if any. */
  choices?: string[];
}

const HINTS: Record<FieldDecl['type'], MessageKey> = {
  number: 'expect.number',
  integer: 'expect.integer',
  boolean: 'expect.boolean',
  string: 'expect.text',
  category: 'expect.text',
  year: 'expect.year',
  quarter: 'expect.quarter',
  month: 'expect.month',
  date: 'expect.date',
  datetime: 'expect.datetime',
  place: 'expect.place',
  longitude: 'expect.longitude',
  latitude: 'expect.latitude',
};

/** The words of a category's codes (its Chinese labels, or the codes themselves). */
function choicesOf(field: FieldDecl): string[] | undefined {
  const values = field.values ?? [];
  if (values.length === 0) return undefined;
  if (field.type === 'place') {
    return values.map((c) => placeIndex().byCode.get(c)?.name ?? c);
  }
  return values.map((c) => field.valueLabels?.[c]?.['zh-CN'] ?? c);
}

/**
 * The columns a template of this table has: every field but the name fields a place fills by
 * itself (a clerk writes 萧山区 in the district column; its name follows).
 */
export function templateColumns(table: TableDecl): TemplateColumn[] {
  const filled = new Set(
    table.flatMap((f) => (f.type === 'place' && f.nameField ? [f.nameField] : [])),
  );
  return table
    .filter((f) => !filled.has(f.name))
    .map((field) => {
      const choices = choicesOf(field);
      const hint = choices
        ? say('zh-CN', 'expect.category', { values: choices })
        : say('zh-CN', HINTS[field.type], {});
      return { field, header: headerText(field, table), hint, ...(choices ? { choices } : {}) };
    });
}

/** The header row of a table's CSV template, UTF-8 with a byte-order mark so Excel reads it right. */
export function templateCsv(table: TableDecl): string {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return `\ufeff${templateColumns(table)
    .map((c) => quote(c.header))
    .join(',')}\r\n`;
}
