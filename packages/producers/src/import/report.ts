import type { ReadNote } from '../cells/cell.js';
import { type Lang, type Message, say } from '../messages.js';

/** A cell that could not be read (its row was dropped), located as a clerk finds it. */
export interface ImportProblem {
  /** The file. */
  file: string;
  /** The sheet (a CSV file's name). */
  sheet: string;
  /** The cell, `B14`; the row's first cell when the problem is the row's. */
  cell: string;
  /** The row number. */
  row: number;
  /** The column letters. */
  column: string;
  /** The table and field it was read for. */
  table: string;
  field: string;
  /** The cell's text, or what it held in words. */
  found: string;
  /** What the field takes. */
  expected: Message;
  /** A suggestion. */
  fix: Message;
  /** The whole sentence in the report's language. */
  message: string;
}

/** Something the import did or could not do that is not one cell: a skipped sheet or column. */
export interface ImportNotice extends Message {
  /** `error` stops the import (a missing required column); `info` does not. */
  severity: 'error' | 'info';
  /** The sentence in the report's language. */
  message: string;
}

/** What happened to one table. */
export interface TableReport {
  /** Where it was read from (absent for a table no sheet held). */
  file?: string;
  sheet?: string;
  /** The column letters each field was read from. */
  columns: Record<string, string>;
  /** Data rows (not counting the header), blank rows skipped, rows imported and dropped. */
  rows: number;
  blank: number;
  imported: number;
  dropped: number;
  /** How many cells were read from a clerk's form (a place name, 2022/12/31, 1,080 …), by kind. */
  conversions: Partial<Record<ReadNote, number>>;
}

/** The report `onescreen import --report` writes: everything it did and everything it dropped. */
export interface ImportReport {
  /** The language of the sentences. */
  lang: Lang;
  /** The feed's kind, asOf and source. */
  kind: string;
  asOf: string;
  source: string;
  /** Each input file and how its text was decoded (CSV). */
  files: { file: string; encoding?: string; sheets: string[] }[];
  /** Each table of the feed. */
  tables: Record<string, TableReport>;
  /** Cells that could not be read. */
  problems: ImportProblem[];
  /** Sheets, columns and tables skipped or missing. */
  notices: ImportNotice[];
  /** Whether a valid feed was made. */
  ok: boolean;
  /** Where it was written, once it was. */
  written?: string;
}

/** A notice in the report's language. */
export function notice(
  lang: Lang,
  severity: ImportNotice['severity'],
  message: Message,
): ImportNotice {
  return { ...message, severity, message: say(lang, message.key, message.params) };
}

/** The lines `onescreen import` prints: notices, up to `max` problems, one summary per table. */
export function reportLines(report: ImportReport, max = 20): string[] {
  const lines = report.notices.map((n) => n.message);
  for (const p of report.problems.slice(0, max)) lines.push(p.message);
  if (report.problems.length > max) {
    lines.push(say(report.lang, 'import.more', { count: report.problems.length - max }));
  }
  for (const [table, t] of Object.entries(report.tables)) {
    if (t.sheet === undefined) continue;
    lines.push(
      say(report.lang, 'import.summary', {
        table,
        rows: t.rows,
        imported: t.imported,
        dropped: t.dropped,
        blank: t.blank,
      }),
    );
  }
  return lines;
}
