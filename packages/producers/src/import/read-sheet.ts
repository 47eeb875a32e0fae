import type { FeedProblem, FieldDecl, TableDecl } from '@onescreen/core';
import { cellText, isBlank, type ReadNote } from '../cells/cell.js';
import { filledNames, readRecord } from '../cells/read-record.js';
import { fieldOfHeader, headerText } from '../headers.js';
import { type Lang, type Message, message, say } from '../messages.js';
import { placeIndex } from '../places/place-index.js';
import { cellRef, columnLetters, type Sheet } from '../spreadsheet/sheet.js';
import type { FeedTarget } from './feed-target.js';
import { matchTable } from './match-table.js';
import { type ImportProblem, type ImportReport, notice, type TableReport } from './report.js';

// One sheet's part of an import: which row is its header and which table it holds, its rows
// read into records, and each problem placed at its cell (`B14`) with a sentence.

/** Where a record came from, to point a dropped record back at its row. */
export interface Origin {
  sheet: Sheet;
  row: number;
  columns: Map<string, number>;
  /** How its cells were read (counted once the record survives the feed's own checks). */
  notes: ReadNote[];
}

const ruleFix = message('fix.rule');

/** Where a problem is: the sheet, cell and field, and the cell's text as found. */
interface ProblemPlace {
  sheet: Sheet;
  ref: string;
  row: number;
  col: number;
  table: TableDecl;
  tableName: string;
  field: FieldDecl;
  found: string;
}

/** A problem located at a cell, with its sentence in the report's language. */
function problemAt(
  at: ProblemPlace,
  problem: { expected: Message; fix: Message },
  lang: Lang,
): ImportProblem {
  const known = at.table.some((f) => f.name === at.field.name);
  const where = `${at.sheet.name} ${at.ref}${known ? ` (${headerText(at.field, at.table)})` : ''}`;
  return {
    file: at.sheet.file,
    sheet: at.sheet.name,
    cell: at.ref,
    row: at.row,
    column: columnLetters(at.col + 1),
    table: at.tableName,
    field: at.field.name,
    found: at.found,
    expected: problem.expected,
    fix: problem.fix,
    message: say(lang, 'import.problem', {
      where,
      expected: say(lang, problem.expected.key, problem.expected.params),
      found: at.found,
      fix: say(lang, problem.fix.key, problem.fix.params),
    }),
  };
}

/** Reads one sheet's data rows into records of `table`; problems and counts go to the report. */
export function readTable(
  sheet: Sheet,
  headerIndex: number,
  table: TableDecl,
  tableName: string,
  lang: Lang,
  report: ImportReport,
  origins: Origin[],
): Record<string, unknown>[] {
  const header = sheet.rows[headerIndex]?.cells ?? [];
  const headerRow = sheet.rows[headerIndex]?.row ?? 1;
  const columns = new Map<string, number>();
  header.forEach((cell, i) => {
    const text = cellText(cell.value);
    if (text === '') return;
    const field = fieldOfHeader(text, table);
    const at = cellRef(i + 1, headerRow);
    if (!field) {
      report.notices.push(
        notice(lang, 'info', message('import.columnIgnored', { cell: at, header: text })),
      );
    } else if (columns.has(field.name)) {
      report.notices.push(
        notice(lang, 'info', message('import.columnTwice', { cell: at, header: text })),
      );
    } else {
      columns.set(field.name, i);
    }
  });

  const named = filledNames(table, (f) => columns.has(f));
  const missing = table.filter((f) => !f.optional && !columns.has(f.name) && !named.has(f.name));
  const stats: TableReport = {
    file: sheet.file,
    sheet: sheet.name,
    columns: Object.fromEntries([...columns].map(([f, i]) => [f, columnLetters(i + 1)])),
    rows: 0,
    blank: 0,
    imported: 0,
    dropped: 0,
    conversions: {},
  };
  report.tables[tableName] = stats;
  if (missing.length > 0) {
    for (const f of missing) {
      report.notices.push(
        notice(lang, 'error', message('import.columnMissing', { header: headerText(f, table) })),
      );
    }
    return [];
  }

  const records: Record<string, unknown>[] = [];
  const places = placeIndex();
  for (const { row, cells } of sheet.rows.slice(headerIndex + 1)) {
    if (cells.every((c) => isBlank(c.value) && c.error === undefined)) {
      stats.blank++;
      continue;
    }
    stats.rows++;
    const cellOf = (field: string) => {
      const col = columns.get(field);
      return col === undefined ? undefined : (cells[col] ?? { value: null });
    };
    const got = readRecord(table, cellOf, places);
    if (!got.record) {
      stats.dropped++;
      for (const p of got.problems) {
        const col = columns.get(p.field.name) ?? 0;
        const ref = cellRef(col + 1, row);
        const found = p.found
          ? say(lang, p.found.key, p.found.params)
          : JSON.stringify(cellText(cellOf(p.field.name)?.value));
        report.problems.push(
          problemAt({ sheet, ref, row, col, table, tableName, field: p.field, found }, p, lang),
        );
      }
      continue;
    }
    records.push(got.record);
    origins.push({ sheet, row, columns, notes: got.notes });
  }
  return records;
}

/** Turns the feed parser's drops (cross-field rules such as accusation ≤ received) into problems. */
export function ruleProblems(
  recordProblems: readonly FeedProblem[],
  origins: Record<string, Origin[]>,
  target: FeedTarget,
  lang: Lang,
): ImportProblem[] {
  return recordProblems.flatMap((p) => {
    const m = /^\/data\/([^/]+)\/(\d+)(?:\/(.*))?$/.exec(p.pointer);
    const origin = m ? origins[m[1] as string]?.[Number(m[2])] : undefined;
    if (!m || !origin) return [];
    const table = target.fields[m[1] as string] ?? [];
    const fieldName = (m[3] ?? '').split('/').join('.');
    const field = table.find((f) => f.name === fieldName || f.name.startsWith(`${fieldName}.`));
    const col = field ? (origin.columns.get(field.name) ?? 0) : 0;
    const ref = cellRef(col + 1, origin.row);
    const where = {
      sheet: origin.sheet,
      ref,
      row: origin.row,
      col,
      table,
      tableName: m[1] as string,
    };
    const problem = { expected: message('expect.rule', { rule: p.expected }), fix: ruleFix };
    return [
      problemAt(
        { ...where, field: field ?? { name: fieldName, type: 'string' }, found: p.found },
        problem,
        lang,
      ),
    ];
  });
}

/**
 * The header row of a sheet and its table: of the first ten rows that hold anything, the one
 * whose cells name the most fields (a title row such as 2022年信访统计表 above the header is
 * skipped). A sheet where no row names a field is not a table.
 */
export function findHeader(
  sheet: Sheet,
  target: FeedTarget,
  forced: string | undefined,
): { headerIndex: number; table: string | undefined } | undefined {
  // The templates' own instructions sheet (说明 (about)) lists headers, but holds no table.
  if (!forced && /^(说明|填表说明|about|readme)\b|[(（]about[)）]/i.test(sheet.name.trim())) {
    return { headerIndex: 0, table: undefined };
  }
  let best: { headerIndex: number; table: string | undefined; score: number } | undefined;
  let seen = 0;
  for (let i = 0; i < sheet.rows.length && seen < 10; i++) {
    const cells = sheet.rows[i]?.cells ?? [];
    if (!cells.some((c) => !isBlank(c.value))) continue;
    seen++;
    const headers = cells.map((c) => cellText(c.value));
    const table = forced ?? matchTable(sheet, headers, target.kind, target.fields);
    const fields = table === undefined ? undefined : target.fields[table];
    const named = fields ? headers.filter((h) => fieldOfHeader(h, fields)).length : 0;
    // A header row is mostly field names; a note that mentions one field is not.
    const filled = headers.filter((h) => h !== '').length;
    const score = named * 2 > filled ? named : 0;
    if (!best || score > best.score) best = { headerIndex: i, table, score };
  }
  if (!best) return undefined;
  // A sheet none of whose rows names a field of its table (instructions, notes) holds no table.
  return {
    headerIndex: best.headerIndex,
    table: best.score > 0 || forced ? best.table : undefined,
  };
}
