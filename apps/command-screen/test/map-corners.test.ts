import { describe, expect, it } from 'vitest';
import { freeCorners } from '../src/widgets/map-corners.js';

describe('freeCorners', () => {
  const order = ['bottom-left', 'top-right', 'bottom-right', 'top-left'] as const;

  it('keeps the widget order but never bottom-right, where the layer switch sits', () => {
    expect(freeCorners(undefined, order, true)).toEqual(['bottom-left', 'top-right', 'top-left']);
    expect(freeCorners(undefined, order, false)).toEqual(order);
  });

  it("follows the config's order and drops names it does not know", () => {
    expect(freeCorners(['top-left', 'middle', 7, 'bottom-right'], order, true)).toEqual([
      'top-left',
    ]);
    expect(freeCorners(['bottom-right', 'top-left'], order, false)).toEqual([
      'bottom-right',
      'top-left',
    ]);
  });

  it('falls back to the widget order when the config leaves no usable corner', () => {
    expect(freeCorners(['bottom-right'], order, true)).toEqual([
      'bottom-left',
      'top-right',
      'top-left',
    ]);
    expect(freeCorners('top-left', order, true)).toEqual(['bottom-left', 'top-right', 'top-left']);
    expect(freeCorners([], order, false)).toEqual(order);
  });
});
