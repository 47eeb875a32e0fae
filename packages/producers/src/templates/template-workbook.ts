import type { FeedDecl, LocalText } from '@onescreen/core';
import ExcelJS from 'exceljs';
import { TABLE_LABELS } from '../table-words.js';
import { templateColumns } from './template-columns.js';

/** Options of a template workbook. */
export interface TemplateOptions {
  /** What the feed is called (the about sheet's title). */
  title: LocalText;
  /** Written into the workbook's properties; fixed so the file is reproducible. */
  created?: Date;
}

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDDEBF7' },
};
const TEXT_TYPES = new Set(['month', 'quarter', 'place', 'string', 'category']);

/** ExcelJS validates whole ranges (`C2:C2000`); its type declarations only know cell by cell. */
const rangeValidations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;

/** A sheet name from a table: `月度信访 (monthly)`, within Excel's 31 characters. */
export function sheetName(kind: string, table: string): string {
  const label = TABLE_LABELS[`${kind}.${table}`]?.['zh-CN'];
  const name = label ? `${label} (${table})` : table;
  return name.length <= 31 ? name : table.slice(0, 31);
}

/**
 * The template workbook of a feed, as .xlsx bytes: an about sheet (说明) listing every column, its form and its
 * allowed values, then one sheet per table with the header row (`中文 (key)`), frozen, with
 * drop-down lists for categories and text-formatted columns for codes and months (so Excel keeps
 * 2022-12 and leading zeros as typed).
 */
export async function templateWorkbook(
  kind: string,
  fields: FeedDecl,
  options: TemplateOptions,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const when = options.created ?? new Date(Date.UTC(2023, 0, 1));
  wb.creator = 'onescreen';
  wb.lastModifiedBy = 'onescreen';
  wb.created = when;
  wb.modified = when;
  const about = wb.addWorksheet('说明 (about)');
  about.columns = [
    { header: '工作表 (sheet)', width: 26 },
    { header: '列 (column)', width: 34 },
    { header: '必填 (required)', width: 14 },
    { header: '写法 (how to write)', width: 70 },
  ];
  about.getRow(1).font = { bold: true };
  about.getRow(1).fill = HEADER_FILL;
  about.views = [{ state: 'frozen', ySplit: 1 }];
  about.addRow([
    `${options.title['zh-CN']} ${options.title.en}`,
    '每个工作表第一行是表头，从第二行起每行一条记录。',
    '',
    'Row 1 of each sheet is its header; every row below it is one record.',
  ]);
  for (const [table, decl] of Object.entries(fields)) {
    const name = sheetName(kind, table);
    const columns = templateColumns(decl);
    for (const c of columns)
      about.addRow([name, c.header, c.field.optional ? '否 no' : '是 yes', c.hint]);
    const ws = wb.addWorksheet(name);
    ws.columns = columns.map((c) => ({
      header: c.header,
      width: Math.min(40, Math.max(12, c.header.length * 1.6)),
      ...(TEXT_TYPES.has(c.field.type) ? { style: { numFmt: '@' } } : {}),
    }));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.fill = HEADER_FILL;
    header.numFmt = '@';
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    columns.forEach((c, i) => {
      const list = c.choices?.join(',');
      if (!list || list.length > 250) return;
      const letter = ws.getColumn(i + 1).letter;
      rangeValidations(ws).add(`${letter}2:${letter}2000`, {
        type: 'list',
        allowBlank: Boolean(c.field.optional),
        formulae: [`"${list}"`],
        showErrorMessage: false,
      });
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
