import type { FieldDecl } from '@onescreen/core';
import { type MessageKey, message } from '../messages.js';
import { type Cell, type CellRead, cellText, fail, type ReadNote, read } from './cell.js';

// Dates as clerks type them (2022/12/31, 2022年12月31日, 2022.12.31, 20221231, 2022-12), as
// spreadsheets store them (a Date whose UTC fields are the wall-clock time), and as databases
// print them (2022-12-31 09:30:00+08). Times without an offset are Beijing time: the screen's
// zone, which has had no daylight saving since 1991.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** Parts of a calendar day. */
interface Day {
  y: number;
  m: number;
  d: number;
}

function realDay({ y, m, d }: Day): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const SEP = '\\s*(?:[-/.]|年)\\s*';
const DAY_RE = new RegExp(`^(\\d{4})${SEP}(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?`);
const COMPACT_DAY_RE = /^(\d{4})(\d{2})(\d{2})(?!\d)/;
const MONTH_RE = new RegExp(`^(\\d{4})${SEP}(\\d{1,2})\\s*月?$`);
const COMPACT_MONTH_RE = /^(\d{4})(\d{2})$/;
const QUARTER_RE = /^(\d{4})\s*(?:[-/.]|年)?\s*(?:q|第)?\s*([1-4一二三四])\s*(?:季度|季)?$/i;
const YEAR_RE = /^(\d{4})\s*年?$/;
// After the day: a time (09:30, 9:30:15, 9时30分) and an offset (Z, +08, +08:00, +0800).
const TIME_RE =
  /^(?:T|\s+|日\s*)?(\d{1,2})\s*(?::|时)\s*(\d{1,2})\s*(?:(?::|分)\s*(\d{1,2}(?:\.\d+)?)\s*秒?)?\s*分?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The day at the start of a text, and what follows it. */
function dayOf(text: string): { day: Day; rest: string } | undefined {
  const m = DAY_RE.exec(text) ?? COMPACT_DAY_RE.exec(text);
  if (!m) return undefined;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return realDay(day) ? { day, rest: text.slice(m[0].length).trim() } : undefined;
}

const dayText = ({ y, m, d }: Day) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** A Date's UTC fields as a day and a time (how spreadsheets store wall-clock values). */
function wallClock(date: Date) {
  return {
    day: { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() },
    time: [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()] as const,
  };
}

/** An instant as ISO 8601 in Beijing time, seconds shown (`2022-12-31T09:30:00+08:00`). */
export function beijingIso(ms: number): string {
  return `${new Date(ms + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

function offsetMinutes(offset: string | undefined): number {
  if (offset === undefined) return 8 * 60;
  if (/^z$/i.test(offset)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset);
  if (!m) return 8 * 60;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

const failWith = (expected: MessageKey, fix: MessageKey, params = {}) =>
  fail({ expected: message(expected), fix: message(fix, params) });

function readYear(cell: Cell): CellRead {
  const v = cell.value;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100) return read(v);
  if (v instanceof Date) return read(wallClock(v).day.y, 'monthFromDate');
  const m = YEAR_RE.exec(cellText(v));
  const y = m ? Number(m[1]) : Number.NaN;
  return y >= 1900 && y <= 2100 ? read(y, 'dateFormat') : failWith('expect.year', 'fix.year');
}

function readQuarter(cell: Cell): CellRead {
  const m = QUARTER_RE.exec(cellText(cell.value));
  if (!m) return failWith('expect.quarter', 'fix.quarter');
  const q = CN_DIGITS[m[2] as string] ?? Number(m[2]);
  const text = `${m[1]}-Q${q}`;
  return read(text, cellText(cell.value) === text ? undefined : 'dateFormat');
}

function readMonth(cell: Cell): CellRead {
  const v = cell.value;
  // Excel turns a typed 2022-12 into the date 2022-12-01: its month is what the clerk meant.
  if (v instanceof Date) {
    const { day } = wallClock(v);
    return read(`${pad(day.y, 4)}-${pad(day.m)}`, 'monthFromDate');
  }
  const text = cellText(v);
  const m = MONTH_RE.exec(text) ?? COMPACT_MONTH_RE.exec(text);
  if (m) {
    const month = Number(m[2]);
    if (month >= 1 && month <= 12) {
      const out = `${m[1]}-${pad(month)}`;
      return read(out, out === text ? undefined : 'dateFormat');
    }
    return failWith('expect.month', 'fix.month');
  }
  const day = dayOf(text);
  if (day && (day.rest === '' || TIME_RE.test(day.rest))) {
    return read(`${pad(day.day.y, 4)}-${pad(day.day.m)}`, 'monthFromDate');
  }
  return failWith('expect.month', 'fix.month');
}

function readDate(cell: Cell): CellRead {
  const v = cell.value;
  if (v instanceof Date) return read(dayText(wallClock(v).day), 'dateFormat');
  const text = cellText(v);
  const day = dayOf(text);
  // A day with a midnight time (what Excel writes to CSV for a date cell) is still that day.
  if (day && (day.rest === '' || /^(?:T|\s+)?0{1,2}:00(?::00)?$/.test(day.rest))) {
    const out = dayText(day.day);
    return read(out, out === text ? undefined : 'dateFormat');
  }
  const month = MONTH_RE.exec(text);
  if (month) {
    return failWith('expect.date', 'fix.dateNotMonth', {
      value: `${month[1]}-${pad(Number(month[2]))}-01`,
    });
  }
  return failWith('expect.date', 'fix.date');
}

function readDatetime(cell: Cell): CellRead {
  const v = cell.value;
  if (v instanceof Date) {
    const { day, time } = wallClock(v);
    return read(
      `${dayText(day)}T${pad(time[0])}:${pad(time[1])}:${pad(time[2])}+08:00`,
      'dateFormat',
    );
  }
  const text = cellText(v);
  const day = dayOf(text);
  const time = day ? TIME_RE.exec(day.rest) : null;
  if (!day || !time) return failWith('expect.datetime', 'fix.datetime');
  const [h, min, sec] = [Number(time[1]), Number(time[2]), Math.floor(Number(time[3] ?? 0))];
  if (h > 23 || min > 59 || sec > 59) return failWith('expect.datetime', 'fix.datetime');
  const offset = offsetMinutes(time[4]);
  const { y, m, d } = day.day;
  const ms = Date.UTC(y, m - 1, d, h, min, sec) - offset * 60_000;
  const out = beijingIso(ms);
  let note: ReadNote | undefined;
  if (time[4] === undefined || offset !== 8 * 60) note = 'timeZone';
  else if (out !== text) note = 'dateFormat';
  return read(out, note);
}

/** Reads a year, quarter, month, date or datetime cell into the feed's form. */
export function readPeriod(field: FieldDecl, cell: Cell): CellRead {
  switch (field.type) {
    case 'year':
      return readYear(cell);
    case 'quarter':
      return readQuarter(cell);
    case 'month':
      return readMonth(cell);
    case 'date':
      return readDate(cell);
    default:
      return readDatetime(cell);
  }
}
