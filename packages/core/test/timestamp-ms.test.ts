import { describe, expect, it } from 'vitest';
import { timestampMs } from '../src/model/timestamp-ms.js';

describe('timestampMs', () => {
  it('is Date.parse, asked again or not, for times and for text that is no time', () => {
    const texts = [
      '2022-12-31T14:03:00+08:00',
      '2022-12-31T06:03:00Z',
      '2022-02-30T10:00:00+08:00',
      '2022-12-31',
      'not a time',
      '',
    ];
    for (const text of texts) {
      expect(timestampMs(text)).toBe(Date.parse(text));
      expect(timestampMs(text)).toBe(Date.parse(text));
    }
    expect(timestampMs('2022-12-31T14:03:00+08:00')).toBe(Date.UTC(2022, 11, 31, 6, 3));
  });

  it('stays right past the number of times it keeps', () => {
    const base = Date.UTC(2022, 0, 1);
    for (let i = 0; i < 60_000; i++) {
      const text = new Date(base + i * 60_000).toISOString();
      expect(timestampMs(text)).toBe(base + i * 60_000);
    }
  });
});

describe('timestampMs on the feed shape', () => {
  // A small deterministic generator, so a failure names its input and repeats.
  function* texts(count: number): Generator<string> {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const two = (n: number) => String(n).padStart(2, '0');
    for (let i = 0; i < count; i++) {
      // Ranges a little past the valid ones, so the checks at each edge are exercised.
      const year = String(1899 + next(250)).padStart(4, '0');
      const date = `${year}-${two(next(14))}-${two(next(33))}`;
      const time = `${two(next(26))}:${two(next(61))}:${two(next(61))}`;
      const zone = [
        'Z',
        `+${two(next(25))}:${two(next(61))}`,
        `-${two(next(25))}:${two(next(61))}`,
      ][next(3)];
      yield `${date}T${time}${zone}`;
    }
  }

  it('agrees with Date.parse across and just past every field range', () => {
    let valid = 0;
    for (const text of texts(40_000)) {
      const want = Date.parse(text);
      expect(timestampMs(text), text).toBe(want);
      if (!Number.isNaN(want)) valid += 1;
    }
    // Most generated texts are times; the rest probe the edges.
    expect(valid).toBeGreaterThan(20_000);
  });

  it('agrees on the edges Date.parse reads its own way', () => {
    const edges = [
      '2024-02-29T23:59:59+08:00',
      '2023-02-29T00:00:00Z',
      '2022-04-31T12:00:00-05:30',
      '2000-03-01T00:00:00Z',
      '1900-03-01T00:00:00Z',
      '1969-12-31T23:59:59Z',
      '2022-01-01T24:00:00Z',
      '2022-00-10T10:00:00Z',
      '2022-01-01T10:00:00+0800',
      '2022-01-01 10:00:00+08:00',
      '2022-01-01T10:00:00.500+08:00',
      '2022-01-01T10:00+08:00',
      '２０22-01-01T10:00:00Z',
    ];
    for (const text of edges) expect(timestampMs(text), text).toBe(Date.parse(text));
  });
});
