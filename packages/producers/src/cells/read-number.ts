import type { FieldDecl } from '@onescreen/core';
import { message } from '../messages.js';
import { type Cell, type CellRead, cellText, fail, type ReadNote, read } from './cell.js';

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
// Thousands groups as clerks type them: 1,080 · 1 080 · 1'080 (spaces of any width, after NFKC).
const GROUPED = /^[-+]?\d{1,3}([, ']\d{3})+(\.\d+)?$/;
const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** The unit words of a field that may trail a number (件, 元, %, km …). */
function unitWords(field: FieldDecl): string[] {
  const words = [field.unit?.['zh-CN'], field.unit?.en].filter((w): w is string => Boolean(w));
  return words.sort((a, b) => b.length - a.length);
}

/** A number as typed: digits with grouping, a trailing unit, 万/亿, or a percent sign. */
export function parseNumberText(
  text: string,
  field: FieldDecl,
): { value: number; note?: ReadNote } | undefined {
  let rest = text.replace(/[°]/g, '').trim();
  let note: ReadNote | undefined;
  for (const word of unitWords(field)) {
    if (word !== '%' && rest.toLowerCase().endsWith(word.toLowerCase())) {
      rest = rest.slice(0, -word.length).trim();
      note = 'unit';
      break;
    }
  }
  let scale = 1;
  const last = rest.slice(-1);
  if (MULTIPLIERS[last] !== undefined) {
    scale = MULTIPLIERS[last];
    rest = rest.slice(0, -1).trim();
    note = 'multiplier';
  }
  if (rest.endsWith('%')) {
    const isPercentField = field.unit?.['zh-CN'] === '%';
    if (!isPercentField) return undefined;
    rest = rest.slice(0, -1).trim();
    note = 'percent';
  }
  if (GROUPED.test(rest)) {
    rest = rest.replace(/[, ']/g, '');
    note ??= 'grouping';
  }
  if (!PLAIN.test(rest)) return undefined;
  const value = Number(rest) * scale;
  if (!Number.isFinite(value)) return undefined;
  // 1.2万 is 12000, not 12000.000000000002.
  const rounded = scale === 1 ? value : Number(value.toPrecision(15));
  return note === undefined ? { value: rounded } : { value: rounded, note };
}

/** Reads a number, integer, longitude or latitude cell and checks its bounds. */
export function readNumber(field: FieldDecl, cell: Cell): CellRead {
  const integer = field.type === 'integer';
  const expected = message(integer ? 'expect.integer' : 'expect.number');
  let value: number;
  let note: ReadNote | undefined;
  if (typeof cell.value === 'number') {
    value = cell.value;
    // Excel keeps a cell shown as 98.93 % as 0.9893; a percent field wants 98.93.
    if (cell.percent && field.unit?.['zh-CN'] === '%') {
      value = Number((value * 100).toPrecision(15));
      note = 'percent';
    }
  } else if (typeof cell.value === 'string') {
    const parsed = parseNumberText(cellText(cell.value), field);
    if (parsed === undefined) return fail({ expected, fix: message('fix.number') });
    value = parsed.value;
    note = parsed.note;
  } else {
    return fail({ expected, fix: message('fix.number') });
  }
  if (integer && !Number.isInteger(value)) {
    return fail({ expected, fix: message('fix.integer') });
  }
  if (field.type === 'longitude' && (value < 73 || value > 136)) {
    return fail({ expected: message('expect.longitude'), fix: message('fix.coordinate') });
  }
  if (field.type === 'latitude' && (value < 3 || value > 54)) {
    return fail({ expected: message('expect.latitude'), fix: message('fix.coordinate') });
  }
  if (field.min !== undefined && value < field.min) {
    return fail({ expected: message('expect.min', { min: field.min }), fix: message('fix.range') });
  }
  if (field.max !== undefined && value > field.max) {
    return fail({ expected: message('expect.max', { max: field.max }), fix: message('fix.range') });
  }
  return read(value, note);
}
