import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { ringSignedArea2 } from '../src/geometry/ring-area.js';
import { validateAreas } from '../src/validate/validate-areas.js';
import { county } from './support/layouts.js';

// A 0.1° square near 秀洲, counter-clockwise (RFC 7946), with a clockwise hole.
const ccw: [number, number][] = [
  [120.6, 30.7],
  [120.7, 30.7],
  [120.7, 30.8],
  [120.6, 30.8],
  [120.6, 30.7],
];
const hole: [number, number][] = [
  [120.62, 30.72],
  [120.62, 30.74],
  [120.64, 30.74],
  [120.64, 30.72],
  [120.62, 30.72],
];
const cw = [...ccw].reverse();
const fc = (...geometries: unknown[]) => ({
  type: 'FeatureCollection',
  features: geometries.map((geometry, i) => ({
    type: 'Feature',
    id: `f${i}`,
    properties: { name: `n${i}` },
    geometry,
  })),
});
const poly = (...rings: unknown[]) => ({ type: 'Polygon', coordinates: rings });
const codes = (input: unknown) => {
  const r = validateAreas(input);
  return r.ok ? [] : r.issues.map((i) => `${i.code} ${i.pointer}`);
};

describe('validateAreas', () => {
  it('accepts either winding and normalises to d3 (small area, holes opposite)', () => {
    for (const input of [fc(poly(ccw, hole)), fc(poly(cw, [...hole].reverse()))]) {
      const r = validateAreas(input);
      expect(r.ok).toBe(true);
      const f = r.value?.features[0];
      if (f?.geometry.type !== 'Polygon') throw new Error('no polygon');
      expect(geoArea(f as never)).toBeLessThan(1e-5);
      const [outer, inner] = f.geometry.coordinates;
      expect(ringSignedArea2(outer ?? [])).toBeLessThan(0);
      expect(ringSignedArea2(inner ?? [])).toBeGreaterThan(0);
      expect(f.properties).toEqual({ name: 'n0' });
    }
  });

  it('can normalise to RFC 7946 instead', () => {
    const r = validateAreas(fc(poly(cw)), 'rfc7946');
    const g = r.value?.features[0]?.geometry;
    expect(g?.type === 'Polygon' && ringSignedArea2(g.coordinates[0] ?? [])).toBeGreaterThan(0);
  });

  it('passes a real district through unchanged in shape', () => {
    const xiuzhou = county('330411');
    const r = validateAreas(fc(xiuzhou.geometry));
    expect(r.ok).toBe(true);
    expect(geoArea(r.value?.features[0] as never)).toBeCloseTo(geoArea(xiuzhou as never), 12);
  });

  it('rejects the wrong document and geometry types with pointers', () => {
    expect(codes({ type: 'Feature' })).toEqual(['type /type']);
    expect(codes({ type: 'FeatureCollection' })).toEqual(['type /features']);
    expect(codes(fc({ type: 'LineString', coordinates: ccw }))).toEqual([
      'geometry-type /features/0/geometry/type',
    ]);
    expect(codes({ type: 'FeatureCollection', features: [{ type: 'Point' }] })).toEqual([
      'type /features/0/type',
    ]);
  });

  it('points at open rings, NaN coordinates and too-short rings', () => {
    expect(codes(fc(poly(ccw.slice(0, 4))))).toEqual([
      'open-ring /features/0/geometry/coordinates/0',
    ]);
    const nan = ccw.map((p, i) => (i === 2 ? [p[0], Number.NaN] : p));
    expect(codes(fc(poly(nan)))).toEqual(['not-finite /features/0/geometry/coordinates/0/2/1']);
    expect(codes(fc(poly([ccw[0], ccw[1], ccw[0]])))).toEqual([
      'too-few-positions /features/0/geometry/coordinates/0',
    ]);
    const text = ccw.map((p, i) => (i === 1 ? ['120.7', p[1]] : p));
    expect(codes(fc(poly(text)))).toEqual(['not-finite /features/0/geometry/coordinates/0/1/0']);
  });

  it('reports swapped longitude and latitude, per position and for a whole swapped box', () => {
    const swapped = ccw.map(([x, y]) => [y, x]);
    // [30.7, 120.6]: latitude 120.6 is impossible, so each position is flagged.
    const perPosition = codes(fc(poly(swapped)));
    expect(perPosition[0]).toBe('swapped /features/0/geometry/coordinates/0/0');
    // [20, 40] … all valid numbers, but in the Indian Ocean; swapped they land in China.
    const box = [
      [30.1, 80.1],
      [30.1, 80.3],
      [30.3, 80.3],
      [30.3, 80.1],
      [30.1, 80.1],
    ];
    expect(codes(fc(poly(box)))).toEqual(['swapped /features']);
    expect(codes(fc(poly(ccw.map(([x, y]) => [x + 100, y]))))).toEqual([
      'out-of-range /features/0/geometry/coordinates/0/0',
      'out-of-range /features/0/geometry/coordinates/0/1',
      'out-of-range /features/0/geometry/coordinates/0/2',
      'out-of-range /features/0/geometry/coordinates/0/3',
      'out-of-range /features/0/geometry/coordinates/0/4',
    ]);
  });

  it('reports inconsistent winding: a hole like its exterior, or exteriors both ways', () => {
    expect(codes(fc(poly(ccw, [...hole].reverse())))).toEqual([
      'winding /features/0/geometry/coordinates/1',
    ]);
    expect(codes(fc(poly(ccw), { type: 'MultiPolygon', coordinates: [[ccw], [cw]] }))).toEqual([
      'winding /features/1/geometry/coordinates/1/0',
    ]);
  });

  it('explains every issue in English and Chinese', () => {
    const r = validateAreas(fc(poly(ccw.slice(0, 4))));
    expect(r.issues[0]?.message).toMatch(/open/);
    expect(r.issues[0]?.messageZh).toMatch(/闭合/);
  });
});
