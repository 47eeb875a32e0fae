import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ensurePostgres, postgresBin } from '../../../../scripts/ensure-postgres.mjs';
import { createTableSql, rowValues, type SampleTable } from '../../scripts/sample-database.js';
import { freePort } from './free-port.js';

/** A PostgreSQL server of its own for one test file: its URL, and how to stop and remove it. */
export interface Cluster {
  /** `postgres://onescreen@127.0.0.1:<port>/onescreen`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a throwaway cluster of Debian's PostgreSQL in a temporary folder on a free loopback
 * port (initdb, then pg_ctl; trust authentication on 127.0.0.1 only; fsync off, it is thrown
 * away). PostgreSQL refuses to run as root, so as root the server runs as Debian's `postgres`
 * user. Throws (the test fails) when PostgreSQL cannot be had: nothing is skipped.
 */
export async function startCluster(): Promise<Cluster> {
  if (!ensurePostgres()) throw new Error('PostgreSQL is not installed: see the message above');
  const bin = postgresBin() as string;
  const dir = mkdtempSync(join(tmpdir(), 'onescreen-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const run = (program: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(join(bin, program), args, { stdio: 'pipe' });
  const data = join(dir, 'data');
  run('initdb', [
    '-D',
    data,
    '-U',
    'onescreen',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -h 127.0.0.1 -c fsync=off -c full_page_writes=off`;
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-o',
    options,
    '-w',
    '-t',
    '60',
    'start',
  ]);
  const admin = new pg.Client({
    connectionString: `postgres://onescreen@127.0.0.1:${port}/postgres`,
  });
  await admin.connect();
  await admin.query('CREATE DATABASE onescreen');
  await admin.end();
  return {
    url: `postgres://onescreen@127.0.0.1:${port}/onescreen`,
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Creates the sample tables in PostgreSQL with their PostgreSQL types and loads every row. */
export async function loadTables(url: string, tables: readonly SampleTable[]): Promise<void> {
  const client = new pg.Client({ connectionString: url, options: '-c TimeZone=Asia/Shanghai' });
  await client.connect();
  try {
    for (const table of tables) {
      await client.query(createTableSql(table, 'postgres'));
      const names = [
        ...(table.name === 'feed_meta' ? [] : ['seq']),
        ...table.columns.map((c) => c.name),
      ];
      for (let start = 0; start < table.rows.length; start += 500) {
        const rows = table.rows
          .slice(start, start + 500)
          .map((row, i) => rowValues(table, row, start + i, 'postgres'));
        const params = rows.flat();
        const values = rows.map(
          (r, i) => `(${r.map((_, j) => `$${i * r.length + j + 1}`).join(', ')})`,
        );
        await client.query(
          `INSERT INTO ${table.name} (${names.join(', ')}) VALUES ${values.join(', ')}`,
          params,
        );
      }
    }
  } finally {
    await client.end();
  }
}
