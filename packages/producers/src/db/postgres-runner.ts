import { message } from '../messages.js';
import {
  type OpenOptions,
  QueryError,
  type QueryResult,
  type QueryRunner,
} from './query-runner.js';

// Types whose JavaScript form would lose something (a Date's zone, a bigint's digits, a
// numeric's precision) come back as PostgreSQL's text and are read like a clerk's cell.
const AS_TEXT = new Set([20, 1082, 1114, 1184, 1700]); // int8, date, timestamp, timestamptz, numeric

interface PgError extends Error {
  code?: string;
  position?: string;
  address?: string;
  port?: number;
}

/** host:port of a connection string, for messages (never the password). */
function target(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** A driver or server error as the message a person needs. */
function explain(error: PgError, url: string, label: string, timeoutMs: number): QueryError {
  const where = target(url);
  if (error.code === 'ECONNREFUSED') {
    return new QueryError(message('build.connectRefused', { target: where }), error.message);
  }
  if (error.code === '57014' || /timeout/i.test(error.message)) {
    if (label === '(connect)') {
      return new QueryError(
        message('build.connectFailed', { target: where, reason: error.message }),
        error.message,
      );
    }
    return new QueryError(
      message('build.timeout', { table: label, seconds: timeoutMs / 1000 }),
      error.message,
    );
  }
  if (
    label === '(connect)' ||
    error.code === undefined ||
    /^(28|3D|08|53)/.test(error.code) ||
    error.code.startsWith('E')
  ) {
    return new QueryError(
      message('build.connectFailed', { target: where, reason: error.message }),
      error.message,
    );
  }
  const at = error.position ? ` (at character ${error.position})` : '';
  return new QueryError(
    message('build.badQuery', { table: label, reason: `${error.message}${at}` }),
    error.message,
  );
}

/**
 * Connects to PostgreSQL (`postgres://user:password@host:port/db`) for read-only queries: each
 * has the server's `statement_timeout` and the client's own timer, times are read in Beijing
 * time, and the session is read-only.
 */
export async function openPostgres(url: string, options: OpenOptions): Promise<QueryRunner> {
  let pg: typeof import('pg');
  try {
    pg = (await import('pg')).default as unknown as typeof import('pg');
  } catch {
    throw new QueryError(message('build.noDriver', { driver: 'pg' }), 'no driver');
  }
  const client = new pg.Client({
    connectionString: url,
    // Connecting is not the query: a short query limit must not fail a slow handshake.
    connectionTimeoutMillis: Math.max(options.timeoutMs, 10_000),
    statement_timeout: options.timeoutMs,
    query_timeout: options.timeoutMs + 2000,
    application_name: 'onescreen build-feeds',
    options: '-c TimeZone=Asia/Shanghai -c default_transaction_read_only=on',
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        AS_TEXT.has(oid)
          ? (v: string) => v
          : pg.types.getTypeParser(oid, format as 'text')) as never,
    },
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw explain(error as PgError, url, '(connect)', options.timeoutMs);
  }
  return {
    async run(sql, label): Promise<QueryResult> {
      try {
        const result = await client.query({ text: sql, rowMode: 'array' });
        return { columns: result.fields.map((f) => f.name), rows: result.rows as unknown[][] };
      } catch (error) {
        throw explain(error as PgError, url, label, options.timeoutMs);
      }
    },
    async close() {
      await client.end().catch(() => undefined);
    },
  };
}
