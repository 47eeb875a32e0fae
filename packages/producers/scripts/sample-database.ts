import { existsSync, renameSync, rmSync } from 'node:fs';
import {
  domainDeclaration,
  type FeedKind,
  type FieldDecl,
  type FieldType,
  readField,
} from '@onescreen/core';
import Database from 'better-sqlite3';

// The sample database: the five sample feeds (data/feeds) as tables, one per feed table, with
// snake_case columns, so `build-feeds` with data/definitions gives the same feeds back.

/** A sample feed as the generator reads it. */
export interface SampleFeed {
  kind: string;
  asOf: string;
  source: string;
  data: Record<string, Record<string, unknown>[]>;
}

/** One table of the sample database, dialect-neutral. */
export interface SampleTable {
  name: string;
  columns: { name: string; type: FieldType; required: boolean }[];
  rows: unknown[][];
}

/** A field's column name: dots to `_`, camelCase to snake_case (`times.closureReviewed` → `times_closure_reviewed`). */
export const columnName = (field: string) =>
  field
    .replace(/\./g, '_')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();

/** A feed table's database table: `petitions_zero_accusation`. */
export const tableName = (kind: string, table: string) => `${kind}_${columnName(table)}`;

const sqlType = (type: FieldType, dialect: 'sqlite' | 'postgres'): string => {
  if (dialect === 'sqlite') {
    if (type === 'integer' || type === 'year' || type === 'boolean') return 'INTEGER';
    if (type === 'number' || type === 'longitude' || type === 'latitude') return 'REAL';
    return 'TEXT';
  }
  const pg: Partial<Record<FieldType, string>> = {
    integer: 'INTEGER',
    year: 'INTEGER',
    boolean: 'BOOLEAN',
    number: 'DOUBLE PRECISION',
    longitude: 'DOUBLE PRECISION',
    latitude: 'DOUBLE PRECISION',
    date: 'DATE',
    datetime: 'TIMESTAMPTZ',
  };
  return pg[type] ?? 'TEXT';
};

/** Every table of the sample database, `feed_meta` (each feed's asOf and source) first. */
export function sampleTables(feeds: readonly SampleFeed[]): SampleTable[] {
  const meta: SampleTable = {
    name: 'feed_meta',
    columns: [
      { name: 'feed', type: 'string', required: true },
      { name: 'as_of', type: 'datetime', required: true },
      { name: 'source', type: 'string', required: true },
    ],
    rows: feeds.map((f) => [f.kind, f.asOf, f.source]),
  };
  const tables = feeds.flatMap((feed) =>
    Object.entries(domainDeclaration(feed.kind as FeedKind)).map(([table, fields]) => ({
      name: tableName(feed.kind, table),
      columns: fields.map((f: FieldDecl) => ({
        name: columnName(f.name),
        type: f.type,
        required: !f.optional,
      })),
      rows: (feed.data[table] ?? []).map((record) =>
        fields.map((f) => readField(record, f.name) ?? null),
      ),
    })),
  );
  return [meta, ...tables];
}

/** `CREATE TABLE` of a sample table; `seq` keeps the feed's record order. */
export function createTableSql(table: SampleTable, dialect: 'sqlite' | 'postgres'): string {
  const key = table.name === 'feed_meta' ? [] : ['seq INTEGER PRIMARY KEY'];
  const columns = table.columns.map(
    (c) =>
      `${c.name} ${sqlType(c.type, dialect)}${c.required ? ' NOT NULL' : ''}${c.name === 'feed' ? ' PRIMARY KEY' : ''}`,
  );
  return `CREATE TABLE ${table.name} (${[...key, ...columns].join(', ')})`;
}

/** A row's values for the driver: booleans as 0/1 for SQLite, `seq` first. */
export function rowValues(
  table: SampleTable,
  row: unknown[],
  i: number,
  dialect: 'sqlite' | 'postgres',
) {
  const values = row.map((v) => (dialect === 'sqlite' && typeof v === 'boolean' ? Number(v) : v));
  return table.name === 'feed_meta' ? values : [i + 1, ...values];
}

/** Writes the sample database to `file` (whole, then renamed into place). */
export function writeSqlite(file: string, tables: readonly SampleTable[]): void {
  const temp = `${file}.tmp`;
  rmSync(temp, { force: true });
  const db = new Database(temp);
  db.pragma('journal_mode = DELETE');
  db.transaction(() => {
    for (const table of tables) {
      db.exec(createTableSql(table, 'sqlite'));
      const names = [
        ...(table.name === 'feed_meta' ? [] : ['seq']),
        ...table.columns.map((c) => c.name),
      ];
      const insert = db.prepare(
        `INSERT INTO ${table.name} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
      );
      table.rows.forEach((row, i) => {
        insert.run(...(rowValues(table, row, i, 'sqlite') as unknown[]));
      });
    }
  })();
  db.exec('VACUUM');
  db.close();
  if (existsSync(file)) rmSync(file);
  renameSync(temp, file);
}

/** Every table's rows as stored, for comparing two databases by their data. */
export function dumpSqlite(file: string): Record<string, { sql: string; rows: unknown[] }> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string; sql: string }[];
  const out = Object.fromEntries(
    tables.map((t) => [
      t.name,
      { sql: t.sql, rows: db.prepare(`SELECT * FROM ${t.name}`).raw(true).all() },
    ]),
  );
  db.close();
  return out;
}

/** The definition that reads a domain feed back out of the sample database. */
export function domainDefinition(feed: SampleFeed) {
  const decl = domainDeclaration(feed.kind as FeedKind);
  return {
    database: 'sqlite:../db/onescreen.sqlite',
    output: `../feeds/${feed.kind}.json`,
    refreshSeconds: 300,
    timeoutSeconds: 30,
    feed: {
      kind: feed.kind,
      source: feed.source,
      asOf: { query: `SELECT as_of FROM feed_meta WHERE feed = '${feed.kind}'` },
    },
    tables: Object.fromEntries(
      Object.entries(decl).map(([table, fields]) => {
        const columns = fields.map((f) => columnName(f.name));
        const renamed = fields.filter((f) => columnName(f.name) !== f.name);
        return [
          table,
          {
            query: `SELECT ${columns.join(', ')} FROM ${tableName(feed.kind, table)} ORDER BY seq`,
            columns: Object.fromEntries(renamed.map((f) => [columnName(f.name), f.name])),
          },
        ];
      }),
    ),
  };
}
