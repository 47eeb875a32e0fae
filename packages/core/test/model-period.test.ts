import { describe, expect, it } from 'vitest';
import { periodOf } from '../src/model/index.js';

// periodOf names a datetime's Shanghai day without Intl where it can (every binding reads
// every record's date through it); Intl is the reference it must agree with.
const reference = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

describe('periodOf', () => {
  it('agrees with Intl on the Shanghai day of datetimes in any offset', () => {
    const offsets = ['+08:00', 'Z', '-05:00', '+09:30', '+00:00'];
    // Every 7 h 13 min over 1985–2031, through the summer times of 1986–1991.
    const step = (7 * 60 + 13) * 60_000;
    let checked = 0;
    for (let ms = Date.UTC(1985, 0, 1); ms < Date.UTC(2031, 0, 1); ms += step * 97) {
      for (const offset of offsets) {
        const minutes =
          offset === 'Z'
            ? 0
            : Number(offset.slice(0, 3)) * 60 +
              Math.sign(Number(offset.slice(0, 3)) || 1) * Number(offset.slice(4));
        const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
        const text = `${local}${offset}`;
        expect(periodOf(text), text).toBe(reference.format(Date.parse(text)));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('counts the hours around midnight in Shanghai', () => {
    expect(periodOf('2022-06-30T23:59:59+08:00')).toBe('2022-06-30');
    expect(periodOf('2022-06-30T16:00:00Z')).toBe('2022-07-01');
    expect(periodOf('2022-06-30T15:59:59Z')).toBe('2022-06-30');
    // In summer time (1988) Shanghai was UTC+9.
    expect(periodOf('1988-07-01T15:30:00Z')).toBe('1988-07-02');
  });

  it('refuses what is not a date, and passes period keys through', () => {
    expect(periodOf('2022-02-30T10:00:00+08:00')).toBe(
      Number.isNaN(Date.parse('2022-02-30T10:00:00+08:00')) ? undefined : '2022-03-02',
    );
    expect(periodOf('2022-13-01T10:00:00+08:00')).toBeUndefined();
    expect(periodOf('yesterday')).toBeUndefined();
    expect(periodOf(2022)).toBe('2022');
    expect(periodOf(22)).toBeUndefined();
    expect(periodOf('2022-Q2')).toBe('2022-Q2');
    expect(periodOf('2022-06')).toBe('2022-06');
    expect(periodOf('2022-06-30')).toBe('2022-06-30');
  });
});
