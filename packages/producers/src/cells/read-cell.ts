import { FEED_LIMITS, type FieldDecl } from '@onescreen/core';
import { message } from '../messages.js';
import type { PlaceIndex } from '../places/place-index.js';
import { type Cell, type CellRead, cellText, fail, isBlank, read } from './cell.js';
import { readNumber } from './read-number.js';
import { readPeriod } from './read-period.js';
import { readPlace } from './read-place.js';

const TRUE_WORDS = new Set(['true', 'yes', 'y', 't', '1', '是', '对', '有', '√', '✓', '✔']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'f', '0', '否', '错', '无', '×', '✗', '✘']);

/** What a cell's reader needs besides the cell: the place index and the row read so far. */
export interface ReadContext {
  /** Place names and codes. */
  places: PlaceIndex;
  /** The value of another field of the same row (for a town's district). */
  valueOf(field: string): unknown;
}

const fold = (s: string) => cellText(s).toLowerCase();

function readBoolean(cell: Cell): CellRead {
  if (typeof cell.value === 'boolean') return read(cell.value);
  const word = fold(String(cell.value));
  if (TRUE_WORDS.has(word)) return read(true, 'booleanWord');
  if (FALSE_WORDS.has(word)) return read(false, 'booleanWord');
  return fail({ expected: message('expect.boolean'), fix: message('fix.boolean') });
}

/** A category (or a string with allowed values): its code, or its label in either language. */
function readCategory(field: FieldDecl, cell: Cell): CellRead {
  const values = field.values ?? [];
  const text = typeof cell.value === 'number' ? String(cell.value) : cellText(cell.value);
  if (values.includes(text)) return read(text);
  const wanted = fold(text);
  for (const code of values) {
    const label = field.valueLabels?.[code];
    const words = [code, label?.['zh-CN'], label?.en].filter((w): w is string => Boolean(w));
    if (words.some((w) => fold(w) === wanted)) return read(code, 'categoryLabel');
  }
  const labels = values.map((c) => field.valueLabels?.[c]?.['zh-CN'] ?? c);
  const near = values.find((c) => {
    const zh = field.valueLabels?.[c]?.['zh-CN'];
    return (
      (zh !== undefined && (zh.includes(wanted) || wanted.includes(zh))) ||
      fold(c).startsWith(wanted)
    );
  });
  return fail({
    expected: message('expect.category', { values: labels }),
    fix:
      near !== undefined && wanted !== ''
        ? message('fix.closest', { value: field.valueLabels?.[near]?.['zh-CN'] ?? near })
        : message('fix.category', { labels }),
  });
}

function readString(cell: Cell): CellRead {
  const v = cell.value;
  let text: string;
  if (v instanceof Date) text = v.toISOString().slice(0, 10);
  // Excel keeps ids such as 20220101 as numbers: their digits are the text.
  else if (typeof v === 'number') text = Number.isInteger(v) ? v.toFixed(0) : String(v);
  else text = String(v).replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/g, '');
  const max = FEED_LIMITS.maxStringLength;
  if (text.length > max) {
    return fail({ expected: message('expect.shortText', { max }), fix: message('fix.text') });
  }
  return read(text);
}

/**
 * Reads one cell into the value its field takes, or says why it cannot: the expected form and a
 * suggestion. A blank cell reads as `undefined` (absent); whether that is allowed is the
 * caller's question, since it depends on the field being optional.
 */
export function readCell(field: FieldDecl, cell: Cell, context: ReadContext): CellRead {
  if (cell.error !== undefined) {
    return fail({
      expected: message('expect.value'),
      fix: message('fix.formula'),
      found: message('found.error', { error: cell.error }),
    });
  }
  if (isBlank(cell.value)) return read(undefined);
  switch (field.type) {
    case 'number':
    case 'integer':
    case 'longitude':
    case 'latitude':
      return readNumber(field, cell);
    case 'boolean':
      return readBoolean(cell);
    case 'category':
      return readCategory(field, cell);
    case 'string':
      return field.values && field.values.length > 0 ? readCategory(field, cell) : readString(cell);
    case 'place': {
      const within = field.within === undefined ? undefined : context.valueOf(field.within);
      return readPlace(
        field,
        cell,
        context.places,
        typeof within === 'string' ? within : undefined,
      );
    }
    default:
      return readPeriod(field, cell);
  }
}
