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
