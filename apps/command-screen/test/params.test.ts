import { describe, expect, it } from 'vitest';
import { parseScreenParams } from '../src/url/params.js';

describe('parseScreenParams', () => {
  it('defaults to the bundled config and data, zh-CN from the config, no kiosk, whole design', () => {
    expect(parseScreenParams('')).toEqual({
      screen: null,
      playlist: null,
      feeds: null,
      lang: null,
      theme: null,
      kiosk: false,
      tile: null,
      period: null,
      problems: [],
    });
  });

  it('reads every parameter', () => {
    const p = parseScreenParams(
      '?screen=https%3A%2F%2Fx.test%2Fs.json&feeds=%2Fapi%2F&lang=en&theme=light&kiosk=1&tile=2,0&tiles=3,1',
    );
    expect(p).toMatchObject({
      screen: 'https://x.test/s.json',
      feeds: '/api/',
      lang: 'en',
      theme: 'light',
      kiosk: true,
      tile: { col: 2, row: 0, cols: 3, rows: 1 },
      problems: [],
    });
  });

  it('reports and ignores unusable values instead of failing', () => {
    const p = parseScreenParams('?lang=fr&theme=pink&tile=3,0&tiles=3,1&kiosk=0');
    expect(p.lang).toBeNull();
    expect(p.theme).toBeNull();
    expect(p.tile).toBeNull();
    expect(p.kiosk).toBe(false);
    expect(p.problems).toHaveLength(3);
    expect(p.problems[2]).toContain('outside');
  });

  it('needs both tile and tiles', () => {
    expect(parseScreenParams('?tile=1,0').problems).toEqual([
      'tile and tiles must both be given as c,r and C,R',
    ]);
  });

  it('takes a period of a year, quarter or month, and explains anything else', () => {
    expect(parseScreenParams('?period=2021').period).toBe('2021');
    expect(parseScreenParams('?period=2022-Q2').period).toBe('2022-Q2');
    expect(parseScreenParams('?period=2022-06').period).toBe('2022-06');
    const bad = parseScreenParams('?period=June');
    expect(bad.period).toBeNull();
    expect(bad.problems[0]).toMatch(/^period=June: use a year, quarter or month/);
  });
});
