import type { Cell } from '../cells/cell.js';

/** One row of a sheet as the spreadsheet numbers it (1-based), with its cells from column A. */
export interface SheetRow {
  /** The row number a clerk sees. */
  row: number;
  /** The cells, column A first. */
  cells: Cell[];
}

/** One sheet of a workbook, or the single sheet of a CSV file. */
export interface Sheet {
  /** The file it came from. */
  file: string;
  /** The sheet's name (a CSV file's name without its extension). */
  name: string;
  /** Every row in order, blank ones included (their numbers are the sheet's). */
  rows: SheetRow[];
}

/** A spreadsheet file once read: its sheets, and how its text was decoded (CSV). */
export interface Workbook {
  /** The sheets, in the file's order. */
  sheets: Sheet[];
  /** The text encoding of a CSV file (utf-8, utf-8 with BOM, gb18030, utf-16le …). */
  encoding?: string;
}

/** The column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A cell's reference as a spreadsheet shows it: `B14`. */
export const cellRef = (column: number, row: number) => `${columnLetters(column)}${row}`;
