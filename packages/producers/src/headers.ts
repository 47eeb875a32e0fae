import type { FieldDecl, LocalText, TableDecl } from '@onescreen/core';
import { cellText } from './cells/cell.js';
import { FIELD_WORDS } from './table-words.js';

// A column header is `中文 (key)`: the Chinese words a clerk reads and the field's own name in
// brackets, in one row, so sorting and filtering in Excel keep working. The importer reads the
// key when it is there (ASCII or full-width brackets), and otherwise the words alone.

/** The Chinese and English words of a field's column. */
export function fieldWords(field: FieldDecl, table: TableDecl): LocalText {
  const owner = table.find((f) => f.type === 'place' && f.nameField === field.name);
  if (owner) {
    const base = owner.label ?? { 'zh-CN': owner.name, en: owner.name };
    return { 'zh-CN': `${base['zh-CN']}名称`, en: `${base.en} name` };
  }
  const label = field.label ?? FIELD_WORDS[field.name];
  if (!label) return { 'zh-CN': field.name, en: field.name };
  // name / nameEn share a label: the English twin says so.
  const base = table.find((f) => f.name === field.name.slice(0, -2));
  if (field.name.endsWith('En') && base?.label?.['zh-CN'] === label['zh-CN']) {
    return { 'zh-CN': `${label['zh-CN']}（英文）`, en: `${label.en} (English)` };
  }
  return label;
}

/** The header of a field's column in the templates: `区县 (district)`. */
export function headerText(field: FieldDecl, table: TableDecl): string {
  const zh = fieldWords(field, table)['zh-CN'];
  return zh === field.name ? field.name : `${zh} (${field.name})`;
}

const KEYED = /^(.*?)\s*[(（]\s*([A-Za-z_][A-Za-z0-9_.]*)\s*[)）]\s*$/;
const fold = (s: string) =>
  cellText(s)
    .replace(/^\*+|\*+$/g, '')
    .trim()
    .toLowerCase();

/**
 * The field a header names, if any: by its key in brackets, else by the field's name, its
 * template words, or its label in either language when no other field of the table shares it.
 */
export function fieldOfHeader(header: string, table: TableDecl): FieldDecl | undefined {
  const text = fold(header);
  if (text === '') return undefined;
  const keyed = KEYED.exec(text);
  if (keyed) {
    const key = keyed[2] as string;
    const byKey = table.find((f) => f.name.toLowerCase() === key);
    if (byKey) return byKey;
  }
  const words = keyed ? fold(keyed[1] as string) : text;
  const byName = table.find((f) => f.name.toLowerCase() === words);
  if (byName) return byName;
  const matches = (pick: (f: FieldDecl) => string | undefined) => {
    const hits = table.filter((f) => {
      const w = pick(f);
      return w !== undefined && fold(w) === words;
    });
    return hits.length === 1 ? hits[0] : undefined;
  };
  return (
    matches((f) => fieldWords(f, table)['zh-CN']) ??
    matches((f) => fieldWords(f, table).en) ??
    matches((f) => f.label?.['zh-CN']) ??
    matches((f) => f.label?.en)
  );
}
