import type { Message } from '../messages.js';

/** What one spreadsheet cell or database column holds once read, before it is typed. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** One cell: its value, and what the spreadsheet said about how it is shown. */
export interface Cell {
  /** The value; a Date holds a spreadsheet's wall-clock time in its UTC fields. */
  value: CellValue;
  /** The cell is formatted as a percentage (Excel keeps 98.9 % as 0.989). */
  percent?: boolean;
  /** A formula error such as #DIV/0!, shown instead of a value. */
  error?: string;
}

/** How a value was read when it was not already in the feed's own form (counted in reports). */
export type ReadNote =
  | 'grouping'
  | 'multiplier'
  | 'percent'
  | 'unit'
  | 'dateFormat'
  | 'monthFromDate'
  | 'timeZone'
  | 'placeName'
  | 'statsCode'
  | 'categoryLabel'
  | 'booleanWord';

/** Why a cell could not be read: what was expected, how to fix it, and (optionally) what it held. */
export interface CellProblem {
  /** What the field takes. */
  expected: Message;
  /** A suggestion. */
  fix: Message;
  /** What the cell held, in words, when its text would not say it (an empty cell, an error). */
  found?: Message;
}

/** The outcome of reading one cell. */
export type CellRead =
  | { ok: true; value: unknown; note?: ReadNote; name?: string }
  | { ok: false; problem: CellProblem };

/** A successful read. */
export const read = (value: unknown, note?: ReadNote): CellRead =>
  note === undefined ? { ok: true, value } : { ok: true, value, note };

/** A failed read. */
export const fail = (problem: CellProblem): CellRead => ({ ok: false, problem });

/** The text of a cell, as a person sees it: trimmed, full-width forms made plain (NFKC). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value)
    .normalize('NFKC')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u3000\ufeff]+/g, ' ')
    .trim();
}

/** Whether a cell holds nothing (blank, spaces only). */
export function isBlank(value: CellValue): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && cellText(value) === '')
  );
}
