import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readFeedText } from '@onescreen/core';
import { type Lang, message, say } from '../messages.js';
import { readSpreadsheet, SPREADSHEET_EXTENSIONS } from '../spreadsheet/read-spreadsheet.js';
import type { Workbook } from '../spreadsheet/sheet.js';
import { resolveTarget, type TargetOptions } from './feed-target.js';
import { type ImportResult, importSheets } from './import-sheets.js';
import { notice } from './report.js';

/** Options of importFiles: which feed, and how to read and report. */
export interface ImportFilesOptions extends Omit<TargetOptions, 'inputs'> {
  /** Sentences in this language (default zh-CN). */
  lang?: Lang;
  /** Read every sheet as this table. */
  table?: string;
  /** A CSV file's text encoding, instead of detecting it. */
  encoding?: string;
  /** Keep the tables the input does not hold from this feed file. */
  base?: string;
}

/** The outcome: the feed and its report, or the one sentence that stopped the import first. */
export type ImportFilesResult = ImportResult | { error: string };

/**
 * Reads spreadsheet files (.csv, .tsv, .txt, .xlsx) and makes one feed of them. Nothing is
 * written here: the caller writes `feed` (atomically) and the report.
 */
export async function importFiles(
  files: readonly string[],
  options: ImportFilesOptions = {},
): Promise<ImportFilesResult> {
  const lang = options.lang ?? 'zh-CN';
  const target = await resolveTarget({ ...options, inputs: files });
  if ('error' in target) return { error: say(lang, target.error.key, target.error.params) };
  const workbooks: { file: string; workbook: Workbook }[] = [];
  for (const file of files) {
    const ext = file.slice(file.lastIndexOf('.')).toLowerCase();
    if (!(SPREADSHEET_EXTENSIONS as readonly string[]).includes(ext)) {
      return { error: say(lang, 'import.unknownFormat', { file }) };
    }
    try {
      workbooks.push({ file, workbook: await readSpreadsheet(file, options.encoding) });
    } catch (error) {
      return { error: say(lang, 'import.unreadable', { file, reason: (error as Error).message }) };
    }
  }
  let base: { file: string; data: Record<string, unknown> } | undefined;
  if (options.base !== undefined) {
    const text = await readFile(options.base, 'utf8').catch((e: Error) => e);
    const read = typeof text === 'string' ? readFeedText(text) : undefined;
    const value = read?.ok ? (read.value as { kind?: unknown; data?: unknown }) : undefined;
    if (value?.kind !== target.kind || typeof value.data !== 'object' || value.data === null) {
      if (typeof text !== 'string') {
        return {
          error: say(lang, 'import.unreadable', { file: options.base, reason: text.message }),
        };
      }
      return { error: say(lang, 'import.notBase', { file: options.base, kind: target.kind }) };
    }
    base = { file: basename(options.base), data: value.data as Record<string, unknown> };
  }
  const result = importSheets(workbooks, target, {
    lang,
    ...(options.table !== undefined ? { table: options.table } : {}),
    ...(base ? { base } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return result;
}

/** The report's notice for `--strict` refusing a feed with dropped rows. */
export const strictNotice = (lang: Lang, count: number) =>
  notice(lang, 'error', message('import.strict', { count }));
