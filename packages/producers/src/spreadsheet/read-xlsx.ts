import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell, CellValue } from '../cells/cell.js';
import type { SheetRow, Workbook } from './sheet.js';

/** The value a person sees in an ExcelJS cell: a formula's result, rich text's text, a link's text. */
function plain(value: ExcelJS.CellValue): { value: CellValue; error?: string } {
  if (value === null || value === undefined) return { value: null };
  if (value instanceof Date || typeof value !== 'object') return { value };
  if ('error' in value) return { value: null, error: String(value.error) };
  if ('richText' in value) return { value: value.richText.map((r) => r.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    return plain((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  if ('text' in value) {
    const text = (value as { text: unknown }).text;
    return typeof text === 'string' ? { value: text } : plain(text as ExcelJS.CellValue);
  }
  return { value: null };
}

/**
 * Reads every visible worksheet of an .xlsx file. Merged cells read as their top-left value on
 * every row they cover (a district merged down a column belongs to each of its rows).
 */
export async function readXlsx(file: string, bytes: Uint8Array): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  const sheets = workbook.worksheets
    .filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden')
    .map((ws) => {
      const rows: SheetRow[] = [];
      for (let r = 1; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        const cells: Cell[] = [];
        for (let c = 1; c <= ws.columnCount; c++) {
          const cell = row.getCell(c);
          const { value, error } = plain(cell.value);
          const percent = typeof cell.numFmt === 'string' && cell.numFmt.includes('%');
          cells.push({
            value,
            ...(error !== undefined ? { error } : {}),
            ...(percent ? { percent } : {}),
          });
        }
        rows.push({ row: r, cells });
      }
      return { file, name: ws.name, rows };
    });
  return { sheets: sheets.length > 0 ? sheets : [{ file, name: basename(file), rows: [] }] };
}
