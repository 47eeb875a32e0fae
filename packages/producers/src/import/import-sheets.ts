import { formatProblem, inspectFeed, SCHEMA_VERSION } from '@onescreen/core';
import { type Lang, message } from '../messages.js';
import type { Workbook } from '../spreadsheet/sheet.js';
import type { FeedTarget } from './feed-target.js';
import { findHeader, type Origin, readTable, ruleProblems } from './read-sheet.js';
import { type ImportReport, notice, type TableReport } from './report.js';

export type { FeedTarget } from './feed-target.js';

/** Options of importSheets. */
export interface ImportOptions {
  /** The language of the report's sentences (default zh-CN). */
  lang?: Lang;
  /** Read every sheet as this table (a single CSV file). */
  table?: string;
  /** Tables no sheet holds are kept from this feed's data instead of written empty. */
  base?: { file: string; data: Record<string, unknown> };
  /** The clock for the "not in the future" check (default: now). */
  now?: Date;
}

/** A feed made from spreadsheets, and the report of how. */
export interface ImportResult {
  /** The valid feed, or undefined when none could be made (see the report's notices). */
  feed?: Record<string, unknown> & { data: Record<string, unknown[]> };
  /** What was read, converted, skipped and dropped. */
  report: ImportReport;
}

/**
 * Makes a feed from the sheets of one or more spreadsheet files: each sheet is matched to a
 * table, each header to a field, each cell read by its field's type. A row with a cell that
 * cannot be read is dropped and reported with its cell (`B14`), what was expected and a
 * suggestion; the feed is then checked by core's parser, whose drops are reported the same way.
 */
export function importSheets(
  workbooks: readonly { file: string; workbook: Workbook }[],
  target: FeedTarget,
  options: ImportOptions = {},
): ImportResult {
  const lang = options.lang ?? 'zh-CN';
  const tableNames = Object.keys(target.fields);
  const report: ImportReport = {
    lang,
    kind: target.kind,
    asOf: target.asOf,
    source: target.source,
    files: workbooks.map(({ file, workbook }) => ({
      file,
      ...(workbook.encoding !== undefined ? { encoding: workbook.encoding } : {}),
      sheets: workbook.sheets.map((s) => s.name),
    })),
    tables: {},
    problems: [],
    notices: [],
    ok: false,
  };
  for (const { file, workbook } of workbooks) {
    if (workbook.encoding !== undefined && !workbook.encoding.startsWith('utf-8')) {
      report.notices.push(
        notice(lang, 'info', message('import.encoding', { file, encoding: workbook.encoding })),
      );
    }
  }

  const data: Record<string, Record<string, unknown>[]> = {};
  const origins: Record<string, Origin[]> = {};
  for (const { workbook } of workbooks) {
    for (const sheet of workbook.sheets) {
      const found = findHeader(sheet, target, options.table);
      if (found === undefined) {
        report.notices.push(
          notice(lang, 'info', message('import.sheetEmpty', { sheet: sheet.name })),
        );
        continue;
      }
      const { headerIndex, table } = found;
      if (table === undefined || !target.fields[table]) {
        report.notices.push(
          notice(
            lang,
            'info',
            message('import.sheetIgnored', { sheet: sheet.name, tables: tableNames }),
          ),
        );
        continue;
      }
      if (data[table]) {
        report.notices.push(notice(lang, 'info', message('import.tableTwice', { table })));
        continue;
      }
      origins[table] = [];
      data[table] = readTable(
        sheet,
        headerIndex,
        target.fields[table] ?? [],
        table,
        lang,
        report,
        origins[table],
      );
    }
  }

  const read = Object.keys(data);
  if (read.length === 0) report.notices.push(notice(lang, 'error', message('import.nothing')));
  for (const table of tableNames) {
    if (data[table]) continue;
    const kept = options.base?.data[table];
    if (Array.isArray(kept)) {
      data[table] = kept as Record<string, unknown>[];
      report.notices.push(
        notice(
          lang,
          'info',
          message('import.tableFromBase', { table, file: options.base?.file ?? '' }),
        ),
      );
    } else {
      data[table] = [];
      report.notices.push(notice(lang, 'info', message('import.tableAbsent', { table })));
    }
    report.tables[table] ??= {
      columns: {},
      rows: 0,
      blank: 0,
      imported: 0,
      dropped: 0,
      conversions: {},
    };
  }
  if (report.notices.some((n) => n.severity === 'error')) return { report };

  const ordered = Object.fromEntries(tableNames.map((t) => [t, data[t] ?? []]));
  const raw = {
    kind: target.kind,
    schemaVersion: SCHEMA_VERSION,
    asOf: target.asOf,
    source: target.source,
    ...(target.title ? { title: target.title } : {}),
    ...(target.selfDescribing ? { fields: target.fields } : {}),
    data: ordered,
  };
  const inspection = inspectFeed(raw, undefined, options.now ? { now: options.now } : {});
  if (!inspection.result.ok) {
    for (const p of inspection.result.problems.slice(0, 5)) {
      report.notices.push(
        notice(lang, 'error', message('import.refused', { problem: formatProblem(p) })),
      );
    }
    return { report };
  }
  const ruled = ruleProblems(inspection.recordProblems, origins, target, lang);
  report.problems.push(...ruled);
  const feed = inspection.result.feed as unknown as NonNullable<ImportResult['feed']>;
  for (const table of read) {
    const stats = report.tables[table] as TableReport;
    const droppedHere = new Set(
      inspection.result.dropped
        .filter((d) => d.pointer.startsWith(`/data/${table}/`))
        .map((d) => d.pointer),
    ).size;
    stats.dropped += droppedHere;
    stats.imported = feed.data[table]?.length ?? 0;
    const gone = new Set(inspection.result.dropped.map((d) => d.pointer));
    (origins[table] ?? []).forEach((origin, i) => {
      if (gone.has(`/data/${table}/${i}`)) return;
      for (const n of origin.notes) stats.conversions[n] = (stats.conversions[n] ?? 0) + 1;
    });
  }
  report.ok = true;
  return { feed, report };
}
