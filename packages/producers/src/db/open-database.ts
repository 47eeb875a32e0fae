import { message } from '../messages.js';
import { openPostgres } from './postgres-runner.js';
import { type OpenOptions, QueryError, type QueryRunner } from './query-runner.js';
import { openSqlite } from './sqlite-runner.js';

/** Opens `sqlite:<path>` or `postgres://…` / `postgresql://…`. */
export function openDatabase(url: string, options: OpenOptions): Promise<QueryRunner> {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length), options);
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url, options);
  return Promise.reject(
    new QueryError(
      message('build.unknownDatabase', { database: url.replace(/\/\/[^@/]*@/, '//…@') }),
      'unknown database',
    ),
  );
}
