import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { decodeText } from './decode-text.js';
import type { SheetRow, Workbook } from './sheet.js';

const DELIMITERS = [',', '\t', ';'] as const;

/**
 * The delimiter that splits the first line into the most columns: Excel writes commas for
 * "CSV", tabs for "Unicode text", and semicolons where the comma is a decimal mark.
 */
function sniffDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const count = first.split(d).length;
    if (count > most) {
      best = d;
      most = count;
    }
  }
  return best;
}

/** Reads a CSV (or tab-separated) file into one sheet; every cell is text, as typed. */
export function readCsv(file: string, bytes: Uint8Array, encoding?: string): Workbook {
  const decoded = decodeText(bytes, encoding);
  const records = parse(decoded.text, {
    delimiter: sniffDelimiter(decoded.text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  const rows: SheetRow[] = records.map((cells, i) => ({
    row: i + 1,
    cells: cells.map((value) => ({ value })),
  }));
  return {
    sheets: [{ file, name: basename(file, extname(file)), rows }],
    encoding: decoded.encoding,
  };
}
