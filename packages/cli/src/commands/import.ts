import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringifyFeed } from '@onescreen/core';
import {
  importFiles,
  type Lang,
  reportLines,
  say,
  strictNotice,
  writeFileAtomic,
} from '@onescreen/producers';
import type { Command, CommandOutput } from '../command.js';
import { USAGE_EXIT } from '../run-cli.js';

const USAGE = [
  'usage: onescreen import <file.csv|file.xlsx>... [--kind <kind> | --fields <declaration.json>] [options]',
  '  --kind      petitions, hotline, fire, antifraud or grassroots (default: from the file name)',
  '  --fields    a self-describing feed: {"kind", "title", "fields"} (see data/templates/*.fields.json)',
  '  --table     read every sheet as this table (default: from the sheet or file name)',
  '  --out       the feed to write (default: ./<kind>.json), atomically',
  '  --report    write the full report (JSON): every conversion, skipped column and dropped row',
  '  --lang      zh-CN (default) or en, for messages and the report',
  '  --source, --as-of   the feed envelope (default: the file names; now)',
  "  --encoding  a CSV file's encoding (default: detected: UTF-8, UTF-8 with BOM, UTF-16, GB18030)",
  '  --base      keep the tables the input does not hold from this feed',
  '  --strict    write nothing when any row cannot be read',
  '  Exit 0: written; 1: nothing written (see the messages); 2: usage error.',
  '  用法: onescreen import 表格.xlsx [--kind 数据源] [--out 输出.json] [--report 报告.json] [--lang en]',
].join('\n');

type Options = {
  kind?: string;
  fields?: string;
  table?: string;
  out?: string;
  report?: string;
  lang?: string;
  source?: string;
  'as-of'?: string;
  encoding?: string;
  base?: string;
  strict?: boolean;
  help?: boolean;
};

/** The options and files of one `import` run, or a usage error. */
export function parseImportArgs(
  args: readonly string[],
): { files: string[]; values: Options } | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        kind: { type: 'string' },
        fields: { type: 'string' },
        table: { type: 'string' },
        out: { type: 'string', short: 'o' },
        report: { type: 'string' },
        lang: { type: 'string' },
        source: { type: 'string' },
        'as-of': { type: 'string' },
        encoding: { type: 'string' },
        base: { type: 'string' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    });
    if (values.help) return { files: [], values };
    if (positionals.length === 0) return { error: 'name at least one spreadsheet file' };
    if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh-CN') {
      return { error: `--lang takes zh-CN or en, found "${values.lang}"` };
    }
    return { files: positionals, values };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function writeReport(path: string, report: unknown) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}

async function run(args: readonly string[], output: CommandOutput): Promise<number> {
  const parsed = parseImportArgs(args);
  if ('error' in parsed) {
    output.err(`onescreen import: ${parsed.error}`);
    output.err(USAGE);
    return USAGE_EXIT;
  }
  const { files, values } = parsed;
  if (values.help) {
    output.out(USAGE);
    return 0;
  }
  const lang = (values.lang ?? 'zh-CN') as Lang;
  const result = await importFiles(files, {
    lang,
    ...(values.kind !== undefined ? { kind: values.kind } : {}),
    ...(values.fields !== undefined ? { fieldsFile: values.fields } : {}),
    ...(values.table !== undefined ? { table: values.table } : {}),
    ...(values.source !== undefined ? { source: values.source } : {}),
    ...(values['as-of'] !== undefined ? { asOf: values['as-of'] } : {}),
    ...(values.encoding !== undefined ? { encoding: values.encoding } : {}),
    ...(values.base !== undefined ? { base: values.base } : {}),
  });
  if ('error' in result) {
    output.err(`onescreen import: ${result.error}`);
    return 1;
  }
  const { feed, report } = result;
  if (feed && values.strict && report.problems.length > 0) {
    report.notices.push(
      strictNotice(lang, new Set(report.problems.map((p) => `${p.sheet}:${p.row}`)).size),
    );
    report.ok = false;
  }
  for (const line of reportLines(report)) output.err(line);
  let code = 1;
  if (feed && report.ok) {
    const out = resolve(values.out ?? `${report.kind}.json`);
    await mkdir(dirname(out), { recursive: true });
    await writeFileAtomic(out, stringifyFeed(feed));
    report.written = out;
    output.out(say(lang, 'import.written', { file: out, kind: report.kind }));
    code = 0;
  }
  if (values.report !== undefined) await writeReport(resolve(values.report), report);
  return code;
}

/** `onescreen import`: a spreadsheet (CSV or XLSX) to a valid feed, with a report. */
export const command: Command = {
  summary: 'turn a spreadsheet (.csv, .xlsx) into a valid feed, with a report of what was dropped',
  run,
};
