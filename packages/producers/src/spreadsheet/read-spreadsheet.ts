import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import type { Workbook } from './sheet.js';

/** The file types `onescreen import` reads. */
export const SPREADSHEET_EXTENSIONS = ['.csv', '.tsv', '.txt', '.xlsx'] as const;

/** Reads a .csv/.tsv/.txt or .xlsx file into sheets; `encoding` forces a CSV's text encoding. */
export async function readSpreadsheet(file: string, encoding?: string): Promise<Workbook> {
  const ext = extname(file).toLowerCase();
  if (!(SPREADSHEET_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new Error(`unsupported file type "${ext}"`);
  }
  const bytes = await readFile(file);
  return ext === '.xlsx' ? readXlsx(file, bytes) : readCsv(file, bytes, encoding);
}
