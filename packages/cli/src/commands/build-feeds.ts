import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type Lang,
  type LoadedDefinition,
  loadDefinition,
  outcomeLine,
  type RunOptions,
  runDefinition,
  say,
  watchDefinitions,
} from '@onescreen/producers';
import type { Command, CommandOutput } from '../command.js';
import { USAGE_EXIT } from '../run-cli.js';
import { stopSignal } from '../stop-signal.js';

const USAGE = [
  'usage: onescreen build-feeds <definition.json|folder>... [--database <url>] [--out-dir <folder>] [--watch] [--lang en]',
  "  Runs each feed definition's SQL queries and writes the feed atomically (a temporary file, then",
  '  a rename); a failed or invalid run leaves the last good feed and says why.',
  '  --database  use this database for every definition: sqlite:<file> or postgres://user@host:port/db',
  '  --out-dir   write every feed into this folder (e.g. the one `onescreen serve --feeds` serves)',
  '  --watch     keep running: each definition again at its refreshSeconds (SIGINT/SIGTERM stop)',
  '  --lang      zh-CN (default) or en',
  '  Exit 0: every feed written or unchanged; 1: some run failed; 2: usage error.',
  '  用法: onescreen build-feeds data/definitions [--out-dir 数据目录] [--watch]',
].join('\n');

/** The definition files named: files as given, folders as their *.json files in name order. */
async function definitionFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.endsWith('.json')).sort();
      files.push(...names.map((n) => join(path, n)));
    } else files.push(path);
  }
  return files;
}

async function run(args: readonly string[], output: CommandOutput): Promise<number> {
  let values: {
    database?: string;
    'out-dir'?: string;
    watch?: boolean;
    lang?: string;
    help?: boolean;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...args],
      options: {
        database: { type: 'string' },
        'out-dir': { type: 'string' },
        watch: { type: 'boolean' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    }));
  } catch (error) {
    output.err(`onescreen build-feeds: ${(error as Error).message}`);
    output.err(USAGE);
    return USAGE_EXIT;
  }
  if (values.help) {
    output.out(USAGE);
    return 0;
  }
  if (
    positionals.length === 0 ||
    (values.lang !== undefined && !['en', 'zh-CN'].includes(values.lang))
  ) {
    output.err('onescreen build-feeds: name definition files or folders; --lang takes zh-CN or en');
    output.err(USAGE);
    return USAGE_EXIT;
  }
  const lang = (values.lang ?? 'zh-CN') as Lang;
  const options: RunOptions = {
    ...(values.database !== undefined ? { database: values.database } : {}),
    ...(values['out-dir'] !== undefined ? { outDir: resolve(values['out-dir']) } : {}),
  };
  let files: string[];
  try {
    files = await definitionFiles(positionals);
  } catch (error) {
    output.err(`onescreen build-feeds: ${(error as Error).message}`);
    return USAGE_EXIT;
  }
  const definitions: LoadedDefinition[] = [];
  let failed = false;
  for (const file of files) {
    try {
      definitions.push(await loadDefinition(file));
    } catch (error) {
      output.err(say(lang, 'build.badDefinition', { file, reason: (error as Error).message }));
      failed = true;
    }
  }
  const report = (o: Awaited<ReturnType<typeof runDefinition>>) =>
    o.ok ? output.out(outcomeLine(o, lang)) : output.err(outcomeLine(o, lang));
  if (values.watch) {
    const stopped = stopSignal();
    const watch = watchDefinitions(definitions, report, options);
    await stopped;
    await watch.stop();
    return 0;
  }
  for (const definition of definitions) {
    const outcome = await runDefinition(definition, options);
    report(outcome);
    if (!outcome.ok) failed = true;
  }
  return failed ? 1 : 0;
}

/** `onescreen build-feeds`: feeds from SQL queries, written atomically, once or on a timer. */
export const command: Command = {
  summary: 'run feed definitions (SQL → feed, SQLite or PostgreSQL) and write the feeds atomically',
  run,
};
