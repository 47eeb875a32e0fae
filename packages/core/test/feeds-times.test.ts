import { describe, expect, it } from 'vitest';
import { datetimeField, realDay } from '../src/feeds/fields/build.js';
import { futureTimes } from '../src/feeds/future.js';
import { FEED_LIMITS } from '../src/feeds/limits.js';
import { toPointer } from '../src/feeds/pointer.js';
import { DATE_RE, MONTH_RE, TIMESTAMP_RE } from '../src/feeds/primitives.js';

// The date checks every record goes through were made cheap (digits instead of Date objects, a
// shortcut for times long past). These tests hold them to what the plain Date-based checks said.

/** The plain check: the day a Date makes of the text is the text's own. */
const dateDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** The plain future check: every string of a time shape, parsed, against now + skew. */
function plainFuture(value: unknown, now: number): string[] {
  const out: string[] = [];
  const start = (s: string) =>
    TIMESTAMP_RE.test(s)
      ? Date.parse(s)
      : DATE_RE.test(s)
        ? Date.parse(`${s}T00:00:00+08:00`)
        : MONTH_RE.test(s)
          ? Date.parse(`${s}-01T00:00:00+08:00`)
          : undefined;
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (typeof node === 'string') {
      const at = start(node);
      if (at !== undefined && at > now + FEED_LIMITS.clockSkewMs) out.push(toPointer(path));
    } else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node))
        visit(v, [...path, Array.isArray(node) ? Number(k) : k]);
    }
  };
  visit(value, []);
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('realDay', () => {
  it('agrees with the Date-based check on every day the pattern allows, 1900-2099', () => {
    const disagree: string[] = [];
    for (let y = 1900; y <= 2099; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          const s = `${y}-${pad(m)}-${pad(d)}`;
          if (realDay(s) !== dateDay(s)) disagree.push(s);
        }
      }
    }
    expect(disagree).toEqual([]);
    expect(realDay('2024-02-29')).toBe(true);
    expect(realDay('2023-02-29')).toBe(false);
    expect(realDay('2000-02-29')).toBe(true);
    expect(realDay('1900-02-29')).toBe(false);
    expect(realDay('2023-04-31')).toBe(false);
  });

  it('refuses text of another shape', () => {
    for (const s of ['2023-1-01', '20230101', '2023-01-1', 'abcd-ef-gh', '2023-00-10', '']) {
      expect(realDay(s)).toBe(false);
    }
  });
});

describe('the datetime field', () => {
  it('accepts exactly the timestamps that Date.parse reads and whose day is real', () => {
    const field = datetimeField();
    const disagree: string[] = [];
    for (const day of [
      '2023-02-28',
      '2023-02-29',
      '2024-02-29',
      '2023-04-30',
      '2023-04-31',
      '2099-12-31',
    ]) {
      for (const time of ['00:00', '23:59:59', '12:30:05.123', '07:00:00']) {
        for (const zone of ['Z', '+08:00', '-23:59', '+23:59', '-00:00']) {
          const s = `${day}T${time}${zone}`;
          const plain = TIMESTAMP_RE.test(s) && !Number.isNaN(Date.parse(s)) && dateDay(day);
          if (field.safeParse(s).success !== plain) disagree.push(s);
        }
      }
    }
    expect(disagree).toEqual([]);
  });
});

describe('futureTimes', () => {
  it('finds the same future times as parsing every one, around the limit and far from it', () => {
    const now = Date.parse('2023-01-01T00:00:00+08:00');
    const values: string[] = [];
    // Every hour from five days before to three days after now, in many offsets and shapes.
    for (let h = -120; h <= 72; h++) {
      const at = now + h * 3_600_000 + 7 * 60_000;
      for (const offset of [-23 * 60 - 59, -12 * 60, -5 * 60, 0, 8 * 60, 14 * 60, 23 * 60 + 59]) {
        const local = new Date(at + offset * 60_000).toISOString().slice(0, 19);
        const sign = offset < 0 ? '-' : '+';
        const abs = Math.abs(offset);
        const zone = offset === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
        values.push(`${local}${zone}`, local.slice(0, 10), local.slice(0, 7));
      }
    }
    values.push('1999-12', '2099-12-31', '2023-01-01T00:04:59+08:00', '2023-01-01T00:05:01+08:00');
    values.push('not a time', '2023', '12345', '2023-13-01', '');
    const doc = { asOf: values[0], rows: values.map((v, i) => ({ id: i, at: v, nested: [v] })) };
    const found = futureTimes(doc, now).map((p) => p.pointer);
    const plain = plainFuture(doc, now);
    expect(found).toEqual(plain);
    // The sample holds both kinds, so the comparison says something.
    expect(plain.length).toBeGreaterThan(100);
    expect(plain.length).toBeLessThan(values.length * 2);
  });

  it('gives pointers under the base path, and the message names now in Shanghai time', () => {
    const now = Date.parse('2023-01-01T00:00:00+08:00');
    const problems = futureTimes({ t: ['2023-03-01'] }, now, ['data', 'cases', 4]);
    expect(problems).toEqual([
      {
        pointer: '/data/cases/4/t/0',
        expected: 'a time not in the future (now is 2023-01-01T00:00:00+08:00)',
        found: '"2023-03-01"',
      },
    ]);
  });
});
