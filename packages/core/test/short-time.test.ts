import { describe, expect, it } from 'vitest';
import { shanghaiWall } from '../src/model/shanghai-wall.js';
import { shortTime } from '../src/model/text.js';

// What Intl says the Shanghai wall clock read ("2022-07-01 20:00:00" in the Swedish style), the
// reference the arithmetic must match.
const byIntl = (ms: number) =>
  new Date(ms)
    .toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hourCycle: 'h23' })
    .slice(5, 16);

describe('shortTime', () => {
  it('reads as Intl does, across summer-time years and the years since', () => {
    // A deterministic walk over 1980-2060 in steps of about 76 hours and 28 minutes, in both
    // the +08:00 and the Z spelling a feed may use.
    const from = Date.UTC(1980, 0, 1);
    const to = Date.UTC(2060, 0, 1);
    let checked = 0;
    for (let ms = from; ms < to; ms += 275_280_000) {
      const z = new Date(ms).toISOString().replace('.000Z', 'Z');
      const wall = new Date(ms + 8 * 3600_000).toISOString().slice(0, 19);
      expect(shortTime(z), z).toBe(byIntl(ms));
      expect(shortTime(`${wall}+08:00`), wall).toBe(byIntl(ms));
      checked++;
    }
    expect(checked).toBeGreaterThan(9_000);
  });

  it('keeps the summer hour of 1986-1991 (Intl) and text that is no time', () => {
    // 1990-07-01 12:00 UTC was 21:00 in Shanghai's summer time (UTC+9).
    expect(shortTime('1990-07-01T12:00:00Z')).toBe('07-01 21:00');
    expect(shortTime('2022-07-01T12:00:00Z')).toBe('07-01 20:00');
    expect(shortTime('not a time')).toBe('not a time');
  });
});

describe('shanghaiWall', () => {
  it('is undefined before the offset was fixed and for no time', () => {
    expect(shanghaiWall(Date.UTC(1991, 8, 14, 16, 59))).toBeUndefined();
    expect(shanghaiWall(Date.UTC(1991, 8, 14, 17))).toBe('1991-09-15T01:00:00');
    expect(shanghaiWall(Number.NaN)).toBeUndefined();
  });
});
