import { describe, expect, it } from 'vitest';
import { canvasPixelRatio, computeLayout } from '../src/screen/layout.js';

describe('computeLayout (1920×1080 design)', () => {
  it('fit letterboxes: 4K doubles, 32:9 pillarboxes, portrait letterboxes', () => {
    expect(computeLayout(3840, 2160, 1920, 1080, 'fit')).toEqual({
      scaleX: 2,
      scaleY: 2,
      scale: 2,
      left: 0,
      top: 0,
      width: 3840,
      height: 2160,
    });
    const wide = computeLayout(5120, 1440, 1920, 1080, 'fit');
    expect(wide.scale).toBeCloseTo(4 / 3, 10);
    expect(wide.left).toBeCloseTo(1280, 6);
    expect(wide.top).toBe(0);
    const tall = computeLayout(960, 1080, 1920, 1080, 'fit');
    expect(tall.scale).toBe(0.5);
    expect(tall.top).toBe(270);
    expect(tall.left).toBe(0);
  });
  it('cover fills and crops centred', () => {
    const l = computeLayout(6656, 1792, 1920, 1080, 'cover');
    expect(l.scale).toBeCloseTo(6656 / 1920, 10);
    expect(l.left).toBe(0);
    expect(l.top).toBeCloseTo((1792 - 1080 * (6656 / 1920)) / 2, 6);
    expect(l.top).toBeLessThan(0);
  });
  it('width and height scale to one axis and scroll the other from its edge', () => {
    const w = computeLayout(960, 300, 1920, 1080, 'width');
    expect([w.scale, w.left, w.top, w.height]).toEqual([0.5, 0, 0, 540]);
    const h = computeLayout(400, 540, 1920, 1080, 'height');
    expect([h.scale, h.left, h.top, h.width]).toEqual([0.5, 0, 0, 960]);
    const hCentred = computeLayout(1000, 540, 1920, 1080, 'height');
    expect(hCentred.left).toBe(20);
  });
  it('stretch scales each axis on its own; text uses the smaller', () => {
    const s = computeLayout(6656, 1792, 1920, 1080, 'stretch');
    expect(s.scaleX).toBeCloseTo(3.4667, 4);
    expect(s.scaleY).toBeCloseTo(1.6593, 4);
    expect(s.scale).toBe(s.scaleY);
    expect([s.left, s.top, s.width, s.height]).toEqual([0, 0, 6656, 1792]);
  });
  it('none keeps design pixels', () => {
    expect(computeLayout(800, 600, 1920, 1080, 'none')).toMatchObject({
      scale: 1,
      left: 0,
      top: 0,
      width: 1920,
    });
  });
  it('a parent without height falls back to width mode', () => {
    expect(computeLayout(960, 0, 1920, 1080, 'fit')).toMatchObject({
      scale: 0.5,
      height: 540,
      top: 0,
    });
  });
  it('never produces a zero or NaN scale', () => {
    expect(computeLayout(0, 0, 1920, 1080, 'fit').scale).toBeGreaterThan(0);
  });
  it('caps the canvas pixel ratio', () => {
    expect(canvasPixelRatio(2, 1.5, 4)).toBe(3);
    expect(canvasPixelRatio(4, 2, 4)).toBe(4);
  });
});
