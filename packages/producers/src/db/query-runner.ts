import type { Message } from '../messages.js';

/** The rows a query returned: its column names in order, and one array of values per row. */
export interface QueryResult {
  /** Column names, as the query named them. */
  columns: string[];
  /** Values, one array per row, in column order. */
  rows: unknown[][];
}

/** A query's failure, as a catalogue message (bad query, timeout, connection refused …). */
export class QueryError extends Error {
  /** What to tell a person. */
  readonly reason: Message;
  constructor(reason: Message, detail: string) {
    super(detail);
    this.reason = reason;
  }
}

/** An open database: run read-only queries one after another, then close. */
export interface QueryRunner {
  /** Runs one query; rejects with a QueryError. `label` names it in messages (a table). */
  run(sql: string, label: string): Promise<QueryResult>;
  /** Closes the connection (or ends the worker process). */
  close(): Promise<void>;
}

/** Options of opening a database. */
export interface OpenOptions {
  /** Each query's time limit, in milliseconds. */
  timeoutMs: number;
  /** The folder a relative SQLite path is resolved from (the definition's). */
  baseDir: string;
}
