import { describe, expect, it } from 'vitest';
import { carouselIndex, msUntilNextView } from '../src/Carousel/compute.js';

describe('carouselIndex', () => {
  it('is a function of wall-clock time', () => {
    expect(carouselIndex(0, 0, 10_000, 3)).toBe(0);
    expect(carouselIndex(9_999, 0, 10_000, 3)).toBe(0);
    expect(carouselIndex(10_000, 0, 10_000, 3)).toBe(1);
    expect(carouselIndex(35_000, 0, 10_000, 3)).toBe(0);
    expect(carouselIndex(1_672_466_607_000, 0, 15_000, 4)).toBe(
      Math.floor(1_672_466_607_000 / 15_000) % 4,
    );
  });
  it('two displays a second apart inside a slot agree', () => {
    const t = Date.UTC(2022, 11, 31, 6, 3, 20);
    expect(carouselIndex(t, 0, 15_000, 3)).toBe(carouselIndex(t + 1000, 0, 15_000, 3));
  });
  it('works before the epoch and with degenerate input', () => {
    expect(carouselIndex(-1, 0, 10, 3)).toBe(2);
    expect(carouselIndex(5, 0, 10, 0)).toBe(0);
    expect(carouselIndex(5, 0, 0, 3)).toBe(0);
  });
  it('says how long until the next view', () => {
    expect(msUntilNextView(12_000, 0, 10_000)).toBe(8_000);
    expect(msUntilNextView(-1, 0, 10_000)).toBe(1);
  });
});
