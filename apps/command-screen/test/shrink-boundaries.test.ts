import { readFileSync } from 'node:fs';
import { type AreaCollection, validateAreas } from '@onescreen/geo';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  BORDER_TOLERANCE_DEG,
  pointCount,
  shrinkBoundaries,
} from '../scripts/shrink-boundaries.js';

// The bundled boundaries are shrunk at build time. The outline may move by at most the
// tolerance (half the source's 1/1024° grid), neighbours must still meet exactly, and what the
// app validates and measures must not change.

const read = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../data/geo/${name}`, import.meta.url), 'utf8'),
  ) as AreaCollection;

type Ring = number[][];
const ringsOf = (c: AreaCollection): Ring[][] =>
  c.features.map(
    (f) =>
      (f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates]
        : (f.geometry.coordinates as Ring[][])
      ).flat() as Ring[],
  );
const key = (p: number[]) => `${p[0]},${p[1]}`;

/** Distance (degrees, planar) from p to the segment a–b. */
function toSegment(p: number[], a: number[], b: number[]): number {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

describe.each(['hangzhou.geojson', 'jiaxing.geojson'])('shrinking data/geo/%s', (name) => {
  const original = read(name);
  const shrunk = shrinkBoundaries(original);

  it('keeps every district, id and property, and about half the points', () => {
    expect(shrunk.features.map((f) => [f.id, f.properties])).toEqual(
      original.features.map((f) => [f.id, f.properties]),
    );
    expect(pointCount(shrunk)).toBeLessThan(pointCount(original) * 0.7);
    expect(pointCount(shrunk)).toBeGreaterThan(pointCount(original) * 0.2);
  });

  it('moves no point, and strays from no original point by more than the tolerance', () => {
    const before = ringsOf(original);
    const after = ringsOf(shrunk);
    let worst = 0;
    before.forEach((rings, f) => {
      const kept = new Set((after[f] ?? []).flat().map(key));
      const all = new Set(rings.flat().map(key));
      // Every point kept is a point the source had.
      for (const k of kept) expect(all.has(k), k).toBe(true);
      const segments = (after[f] ?? []).flatMap((r) => r.slice(1).map((p, i) => [r[i], p]));
      // Each original point lies near the new outline (checked on every 7th, for time).
      rings.flat().forEach((p, i) => {
        if (i % 7 !== 0) return;
        let best = Number.POSITIVE_INFINITY;
        for (const [a, b] of segments)
          best = Math.min(best, toSegment(p, a as number[], b as number[]));
        worst = Math.max(worst, best);
      });
    });
    expect(worst).toBeLessThanOrEqual(BORDER_TOLERANCE_DEG + 1e-5);
  });

  it('keeps shared borders shared: a border point kept for one district is kept for its neighbour', () => {
    const before = ringsOf(original).map((rings) => new Set(rings.flat().map(key)));
    const after = ringsOf(shrunk).map((rings) => new Set(rings.flat().map(key)));
    let shared = 0;
    before.forEach((a, i) => {
      before.forEach((b, j) => {
        if (j <= i) return;
        for (const k of a) {
          if (!b.has(k)) continue;
          shared += 1;
          expect(after[i]?.has(k), `${k} of ${i} and ${j}`).toBe(after[j]?.has(k));
        }
      });
    });
    expect(shared).toBeGreaterThan(100);
  });

  it('validates as the app loads it, with the areas it had', () => {
    const checked = validateAreas(shrunk, 'd3');
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    const orig = validateAreas(original, 'd3');
    if (!checked.ok || !orig.ok) return;
    checked.value.features.forEach((f, i) => {
      const was = geoArea(orig.value.features[i] as never);
      expect(Math.abs(geoArea(f as never) - was) / was).toBeLessThan(0.005);
    });
  });
});

describe('shrinking a small island', () => {
  it('keeps a ring that simplification would collapse', () => {
    const island: AreaCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: '330000',
          properties: { name: '岛' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [120, 30],
                [120.0001, 30],
                [120.0001, 30.0001],
                [120, 30.0001],
                [120, 30],
              ],
            ],
          },
        },
      ],
    };
    expect(pointCount(shrinkBoundaries(island))).toBe(5);
  });
});
