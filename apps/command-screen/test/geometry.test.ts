import { describe, expect, it } from 'vitest';
import { wallPlacement } from '../src/tile/geometry.js';
import { pickGrid } from '../src/tile/pick-grid.js';

describe('wallPlacement', () => {
  it('is the viewport itself without a tile', () => {
    expect(wallPlacement({ width: 1920, height: 1080 }, null)).toEqual({
      width: 1920,
      height: 1080,
      left: 0,
      top: 0,
    });
  });

  it('shifts a 3×2 wall so tile (2,1) shows its bottom-right share', () => {
    expect(
      wallPlacement({ width: 1920, height: 1080 }, { col: 2, row: 1, cols: 3, rows: 2 }),
    ).toEqual({
      width: 5760,
      height: 2160,
      left: -3840,
      top: -1080,
    });
  });
});

describe('pickGrid', () => {
  const base = { columns: ['1fr'], rows: ['1fr'], areas: ['a'], gap: 0, padding: 0 };
  const wide = { ...base, columns: ['1fr', '1fr'], minAspect: 2.6 };
  const wider = { ...base, columns: ['1fr', '1fr', '1fr'], minAspect: 4 };
  it('keeps the main grid below every wide threshold', () => {
    expect(pickGrid(base, [wide, wider], 16 / 9)).toBe(base);
  });
  it('takes the widest arrangement the display reaches', () => {
    expect(pickGrid(base, [wide, wider], 3)).toBe(wide);
    expect(pickGrid(base, [wider, wide], 5760 / 1080)).toBe(wider);
  });
});
