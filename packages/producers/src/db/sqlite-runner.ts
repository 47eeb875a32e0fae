import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { message } from '../messages.js';
import {
  type OpenOptions,
  QueryError,
  type QueryResult,
  type QueryRunner,
} from './query-runner.js';

// better-sqlite3 runs a query synchronously in native code, where no timer can stop it. So the
// queries run in a child process that answers one JSON line per query; a query past its time
// limit ends the process with SIGKILL, which nothing can block. The database is opened
// read-only: a definition's query can never change it.
const CHILD = `
const Database = require(process.env.ONESCREEN_SQLITE_DRIVER);
const out = (o) => process.stdout.write(JSON.stringify(o) + '\\n');
let db;
try {
  db = new Database(process.env.ONESCREEN_SQLITE_FILE, { readonly: true, fileMustExist: true });
  out({ ok: true });
} catch (e) {
  out({ ok: false, open: true, code: e.code, message: e.message });
  process.exit(0);
}
const cell = (v) => (Buffer.isBuffer(v) ? '(binary data)' : typeof v === 'bigint' ? String(v) : v);
require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
  try {
    const stmt = db.prepare(JSON.parse(line).sql);
    if (!stmt.reader) throw Object.assign(new Error('the statement returns no rows: write a SELECT'), { code: 'NOT_A_QUERY' });
    const columns = stmt.columns().map((c) => c.name);
    out({ ok: true, columns, rows: stmt.raw(true).all().map((r) => r.map(cell)) });
  } catch (e) {
    out({ ok: false, code: e.code, message: e.message });
  }
});
`;

interface Answer {
  ok: boolean;
  open?: boolean;
  code?: string;
  message?: string;
  columns?: string[];
  rows?: unknown[][];
}

/** The path of the installed better-sqlite3, or undefined when it is not installed. */
function driverPath(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('better-sqlite3');
  } catch {
    return undefined;
  }
}

/** Opens a SQLite file (`sqlite:<path>`, relative to `baseDir`) for read-only queries. */
export async function openSqlite(path: string, options: OpenOptions): Promise<QueryRunner> {
  const driver = driverPath();
  if (driver === undefined) {
    throw new QueryError(message('build.noDriver', { driver: 'better-sqlite3' }), 'no driver');
  }
  const file = resolve(options.baseDir, path);
  const { NODE_OPTIONS: _, ...env } = process.env;
  const child = spawn(process.execPath, ['-e', CHILD], {
    env: { ...env, ONESCREEN_SQLITE_DRIVER: driver, ONESCREEN_SQLITE_FILE: file },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // A write to a process that was just killed (time-out) must not become an uncaught EPIPE.
  child.stdin.on('error', () => undefined);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr = (stderr + d).slice(-2000);
  });
  const lines = createInterface({ input: child.stdout });
  const waiting: ((a: Answer | undefined) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(JSON.parse(line) as Answer));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  void exited.then(() => {
    for (const w of waiting.splice(0)) w(undefined);
  });

  /** The next answer, or undefined when the process ended (killed on time-out, or crashed). */
  const answer = (label: string, limitMs = options.timeoutMs) =>
    new Promise<Answer | undefined>((done) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        done(undefined);
        timedOut = label;
      }, limitMs);
      waiting.push((a) => {
        clearTimeout(timer);
        done(a);
      });
    });
  let timedOut: string | undefined;
  const failure = (label: string): QueryError =>
    timedOut !== undefined
      ? new QueryError(
          message('build.timeout', { table: label, seconds: options.timeoutMs / 1000 }),
          'timeout',
        )
      : new QueryError(
          message('build.badQuery', {
            table: label,
            reason: stderr.trim() || 'the SQLite process ended',
          }),
          stderr,
        );

  // Starting Node and opening the file is not the query: it gets its own, generous limit.
  const opened = await answer('(open)', Math.max(options.timeoutMs, 60_000));
  if (!opened?.ok) {
    child.kill('SIGKILL');
    if (opened?.open) {
      throw new QueryError(message('build.noDatabaseFile', { file }), opened.message ?? '');
    }
    throw failure('(open)');
  }
  return {
    async run(sql, label): Promise<QueryResult> {
      if (child.exitCode !== null || child.signalCode !== null) throw failure(label);
      child.stdin.write(`${JSON.stringify({ sql })}\n`);
      const a = await answer(label);
      if (a === undefined) throw failure(label);
      if (!a.ok) {
        throw new QueryError(
          message('build.badQuery', { table: label, reason: a.message ?? String(a.code) }),
          a.message ?? '',
        );
      }
      return { columns: a.columns ?? [], rows: a.rows ?? [] };
    },
    async close() {
      child.stdin.end();
      if (child.exitCode === null && child.signalCode === null) await exited;
    },
  };
}
