import { describe, expect, it } from 'vitest';
import { funnelFigures } from '../src/model/funnel-figures.js';

const stages = ['times.received', 'times.handled'] as const;

/** A row whose stage times count how often they are read. */
function counted(received: string, handled: string | undefined, reads: { n: number }) {
  const row: Record<string, unknown> = {};
  for (const [name, value] of [
    ['times.received', received],
    ['times.handled', handled],
  ] as const) {
    Object.defineProperty(row, name, {
      enumerable: true,
      get: () => {
        reads.n += 1;
        return value;
      },
    });
  }
  return row;
}

describe('funnelFigures', () => {
  it('reads a row kept from the last feed value once, and counts it every time', () => {
    const reads = { n: 0 };
    const kept = counted('2022-12-01T09:00:00+08:00', '2022-12-01T11:00:00+08:00', reads);
    const first = funnelFigures([kept], stages);
    expect(reads.n).toBe(2);
    const added = counted('2022-12-02T09:00:00+08:00', undefined, reads);
    const second = funnelFigures([kept, added], stages);
    // Only the new row was read.
    expect(reads.n).toBe(4);
    expect(first.map((s) => s.reached)).toEqual([1, 1]);
    expect(second.map((s) => s.reached)).toEqual([2, 1]);
    expect(second[0]).toMatchObject({ stage: 'received', open: 1, dwellHours: 2 });
  });
});
