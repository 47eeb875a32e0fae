import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  domainDeclaration,
  type FeedDecl,
  formatProblem,
  inspectFeed,
  isFeedKind,
  SCHEMA_VERSION,
  stringifyFeed,
} from '@onescreen/core';
import type { Cell } from '../cells/cell.js';
import { readCell } from '../cells/read-cell.js';
import { beijingIso } from '../cells/read-period.js';
import { readRecord } from '../cells/read-record.js';
import { type Lang, type Message, message, say } from '../messages.js';
import { placeIndex } from '../places/place-index.js';
import { writeFileAtomic } from '../write-atomic.js';
import { expandEnv, type LoadedDefinition, outputOf } from './definition.js';
import { openDatabase } from './open-database.js';
import { QueryError, type QueryResult, type QueryRunner } from './query-runner.js';

/** Options of one run. */
export interface RunOptions {
  /** Use this database instead of each definition's (`sqlite:…`, `postgres://…`). */
  database?: string;
  /** Write into this folder instead of each definition's output path. */
  outDir?: string;
  /** The clock (asOf `now`, and the parser's "not in the future" check). */
  now?: Date;
}

/** What one run of a definition did. */
export type RunOutcome =
  | { ok: true; name: string; file: string; records: number; dropped: number; changed: boolean }
  | { ok: false; name: string; file: string; reason: Message };

/** Why a run stops: a message for a person. */
class RunFailure extends Error {
  constructor(readonly reason: Message) {
    super(reason.key);
  }
}

/** The field each returned column feeds, checked against the query's columns and the table. */
function mapColumns(
  table: string,
  fields: FeedDecl[string],
  result: QueryResult,
  mapping: Readonly<Record<string, string>>,
): Map<string, number> {
  const byField = new Map<string, number>();
  const known = new Set(fields.map((f) => f.name));
  for (const [column, field] of Object.entries(mapping)) {
    if (!known.has(field)) throw new RunFailure(message('build.unknownField', { table, field }));
    const index = result.columns.indexOf(column);
    if (index < 0) {
      throw new RunFailure(
        message('build.missingColumn', { table, column, field, columns: result.columns }),
      );
    }
    byField.set(field, index);
  }
  result.columns.forEach((column, index) => {
    if (known.has(column) && !byField.has(column) && !(column in mapping)) {
      byField.set(column, index);
    }
  });
  const names = new Set(
    fields.flatMap((f) =>
      f.type === 'place' && f.nameField && byField.has(f.name) ? [f.nameField] : [],
    ),
  );
  const unmapped = fields.find((f) => !f.optional && !byField.has(f.name) && !names.has(f.name));
  if (unmapped) {
    throw new RunFailure(
      message('build.noColumnForField', { table, field: unmapped.name, columns: result.columns }),
    );
  }
  return byField;
}

async function asOfOf(loaded: LoadedDefinition, db: QueryRunner, now: Date): Promise<string> {
  const asOf = loaded.definition.feed.asOf;
  if (asOf === 'now') return beijingIso(Math.floor(now.getTime() / 1000) * 1000);
  if (typeof asOf === 'string') return asOf;
  const result = await db.run(asOf.query, 'asOf');
  const value = result.rows[0]?.[0];
  const got = readCell(
    { name: 'asOf', type: 'datetime' },
    { value: value as Cell['value'] },
    {
      places: placeIndex(),
      valueOf: () => undefined,
    },
  );
  if (!got.ok || typeof got.value !== 'string') throw new RunFailure(message('build.noAsOf'));
  return got.value;
}

/** Runs the queries and builds the feed document (not yet validated). */
async function buildDocument(
  loaded: LoadedDefinition,
  db: QueryRunner,
  now: Date,
): Promise<{ raw: Record<string, unknown>; dropped: string[] }> {
  const { feed, tables } = loaded.definition;
  const decl: FeedDecl = feed.fields ?? (isFeedKind(feed.kind) ? domainDeclaration(feed.kind) : {});
  for (const table of Object.keys(tables)) {
    if (!decl[table]) {
      throw new RunFailure(message('build.unknownTable', { table, tables: Object.keys(decl) }));
    }
  }
  const places = placeIndex();
  const data: Record<string, Record<string, unknown>[]> = {};
  const dropped: string[] = [];
  for (const [table, fields] of Object.entries(decl)) {
    const def = tables[table];
    if (!def) throw new RunFailure(message('build.tableMissing', { table }));
    const result = await db.run(def.query, table);
    const byField = mapColumns(table, fields, result, def.columns);
    data[table] = [];
    result.rows.forEach((row, i) => {
      const got = readRecord(
        fields,
        (field) => {
          const index = byField.get(field);
          return index === undefined ? undefined : { value: row[index] as Cell['value'] };
        },
        places,
      );
      if (got.record) data[table]?.push(got.record);
      else {
        const p = got.problems[0];
        dropped.push(
          `${table} row ${i + 1} ${p?.field.name}: ${JSON.stringify(row[byField.get(p?.field.name ?? '') ?? -1] ?? null)}`,
        );
      }
    });
  }
  const raw = {
    kind: feed.kind,
    schemaVersion: SCHEMA_VERSION,
    asOf: await asOfOf(loaded, db, now),
    source: feed.source,
    ...(feed.title ? { title: feed.title } : {}),
    ...(feed.fields ? { fields: feed.fields } : {}),
    data,
  };
  return { raw, dropped };
}

/**
 * Runs one definition: its queries against its database, each row read by its field's type,
 * the feed checked by core's parser, then written atomically. Any failure (connection, bad
 * query, missing column, time-out, too many unreadable rows, an invalid feed) leaves the file
 * that is there untouched and says why.
 */
export async function runDefinition(
  loaded: LoadedDefinition,
  options: RunOptions = {},
): Promise<RunOutcome> {
  const file = outputOf(loaded, options.outDir);
  const name = loaded.name;
  const now = options.now ?? new Date();
  const def = loaded.definition;
  let db: QueryRunner | undefined;
  try {
    db = await openDatabase(expandEnv(options.database ?? def.database), {
      timeoutMs: def.timeoutSeconds * 1000,
      baseDir: loaded.file.replace(/[\\/][^\\/]*$/, ''),
    });
    const { raw, dropped } = await buildDocument(loaded, db, now);
    const inspection = inspectFeed(raw, undefined, { now });
    if (!inspection.result.ok) {
      const first = inspection.result.problems[0];
      throw new RunFailure(
        message('build.invalid', { problem: first ? formatProblem(first) : '' }),
      );
    }
    const ruled = inspection.result.dropped.map((d) => `${d.pointer} ${d.reason}`);
    const all = [...dropped, ...ruled];
    if (all.length > def.maxDropped) {
      throw new RunFailure(
        message('build.badValues', {
          count: all.length,
          max: def.maxDropped,
          example: all[0] ?? '',
        }),
      );
    }
    const feed = inspection.result.feed as unknown as { data: Record<string, unknown[]> };
    await mkdir(dirname(file), { recursive: true });
    const changed = await writeFileAtomic(file, stringifyFeed(feed));
    const records = Object.values(feed.data).reduce((n, rows) => n + rows.length, 0);
    return { ok: true, name, file, records, dropped: all.length, changed };
  } catch (error) {
    if (error instanceof RunFailure || error instanceof QueryError) {
      return { ok: false, name, file, reason: error.reason };
    }
    return {
      ok: false,
      name,
      file,
      reason: message('build.failed', { name, file, reason: (error as Error).message }),
    };
  } finally {
    await db?.close();
  }
}

/** The line a run prints, in the chosen language. */
export function outcomeLine(outcome: RunOutcome, lang: Lang): string {
  if (outcome.ok) {
    return say(lang, outcome.changed ? 'build.written' : 'build.unchanged', {
      name: outcome.name,
      file: outcome.file,
      records: outcome.records,
    });
  }
  const reason = say(lang, outcome.reason.key, outcome.reason.params);
  return outcome.reason.key === 'build.failed'
    ? reason
    : say(lang, 'build.failed', { name: outcome.name, file: outcome.file, reason });
}
