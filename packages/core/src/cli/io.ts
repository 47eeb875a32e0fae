import type { TownName } from './suggest-fix.js';

/** What the validator needs from its host: kept narrow so it runs and tests without Node types. */
export interface CliIo {
  /** Reads a file as UTF-8; `maxBytes` lets the host refuse a huge file before reading it. */
  readFile(path: string, maxBytes: number): Promise<string>;
  /** Fetches a URL's body as text (the host applies a timeout and the size cap). */
  fetchText(url: string, maxBytes: number): Promise<string>;
  /** Writes one line of results. */
  out(line: string): void;
  /** Writes one line of diagnostics (usage, warnings). */
  err(line: string): void;
  /** The clock used to refuse future times. */
  now(): Date;
  /** Environment variables; LC_ALL, LC_MESSAGES and LANG choose the language (Chinese if unset). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Towns and streets with their codes, to suggest a code for a town written by name. */
  towns?(): Promise<readonly TownName[]>;
}

/** Thrown by a host when an input is larger than the cap, so the validator can say so. */
export class TooLargeError extends Error {
  constructor(
    /** Size found, in bytes. */
    readonly bytes: number,
  ) {
    super(`${bytes} bytes`);
    this.name = 'TooLargeError';
  }
}
