import { readFileSync } from 'node:fs';
import { geoArea, geoContains } from 'd3-geo';
import { intersection } from 'polyclip-ts';
import { describe, expect, it } from 'vitest';
import {
  SYNTHETIC_FILES,
  stringify,
  syntheticLayers,
  WANGJIANGJING,
  XIUZHOU,
} from '../scripts/synthetic-layers.js';
import { type AreaCollection, type AreaFeature, placeStations, voronoiSplit } from '../src/api.js';

const R = 6371.0088;
const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../data/geo/${name}`, import.meta.url), 'utf8'));
const jiaxing = read('jiaxing.geojson') as AreaCollection;
const xiuzhou = jiaxing.features.find((f) => f.id === XIUZHOU) as AreaFeature;
const km2 = (f: AreaFeature) => geoArea(f as never) * R * R;
const polygons = (f: AreaFeature) =>
  (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as [
    number,
    number,
  ][][][];

describe('voronoiSplit', () => {
  const seats = placeStations(xiuzhou, 9, 7);
  const parts = voronoiSplit(
    xiuzhou,
    seats.map((at, i) => ({ id: `P${i}`, at, properties: { name: `part ${i}` } })),
  );

  it('tiles the area: the parts add up to it, each holds its own seat and none overlaps another', () => {
    expect(parts).toHaveLength(9);
    const total = parts.reduce((s, f) => s + km2(f), 0);
    expect(total).toBeCloseTo(km2(xiuzhou), 0);
    parts.forEach((f, i) => {
      expect(f.id).toBe(`P${i}`);
      expect(f.properties.name).toBe(`part ${i}`);
      expect(geoContains(f as never, seats[i] as [number, number])).toBe(true);
      // Wound for d3: a part is a small patch of the sphere, not the rest of it.
      expect(km2(f)).toBeLessThan(300);
      expect(km2(f)).toBeGreaterThan(10);
    });
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        const overlap = intersection(
          polygons(parts[i] as AreaFeature),
          polygons(parts[j] as AreaFeature),
        );
        const area = overlap.reduce(
          (s, p) =>
            s +
            km2({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: p } }),
          0,
        );
        // Shared edges only: at most rounding slivers of a few square metres.
        expect(area, `P${i} ∩ P${j}`).toBeLessThan(0.001);
      }
    }
  });

  it('puts every point of a part nearer its own seat than any other (checked at the vertices)', () => {
    parts.forEach((f, i) => {
      const own = seats[i] as [number, number];
      for (const ring of polygons(f)) {
        for (const [lon, lat] of ring[0] ?? []) {
          const d = (s: [number, number]) =>
            Math.hypot((s[0] - lon) * Math.cos((lat * Math.PI) / 180), s[1] - lat);
          const nearest = Math.min(...seats.map(d));
          // Vertices on a shared edge are equidistant; allow the 5-decimal rounding (~1 m).
          expect(d(own) - nearest).toBeLessThan(2e-5);
        }
      }
    });
  });

  it('refuses a site outside the area and a repeated id', () => {
    expect(() =>
      voronoiSplit(xiuzhou, [
        { id: 'in', at: seats[0] as [number, number], properties: {} },
        { id: 'out', at: [121.5, 31.2], properties: {} },
      ]),
    ).toThrow(/outside/);
    expect(() =>
      voronoiSplit(xiuzhou, [
        { id: 'a', at: seats[0] as [number, number], properties: {} },
        { id: 'a', at: seats[1] as [number, number], properties: {} },
      ]),
    ).toThrow(/share/);
    expect(voronoiSplit(xiuzhou, [])).toEqual([]);
  });
});

describe('the synthetic layers in data/geo', () => {
  const fresh = syntheticLayers();

  it('equal a fresh generation (pnpm generate:synthetic-geo)', () => {
    expect(
      readFileSync(new URL(`../../../data/geo/${SYNTHETIC_FILES.towns}`, import.meta.url), 'utf8'),
    ).toBe(stringify(fresh.towns));
    expect(
      readFileSync(new URL(`../../../data/geo/${SYNTHETIC_FILES.grid}`, import.meta.url), 'utf8'),
    ).toBe(stringify(fresh.grid));
  });

  it('hold 秀洲’s nine towns by their real codes and names, each marked synthetic', () => {
    const towns = (
      read('towns.json') as { towns: { code: string; name: string; adcode: string }[] }
    ).towns.filter((t) => t.adcode === XIUZHOU);
    expect(fresh.towns.features.map((f) => [f.id, f.properties.name])).toEqual(
      towns.map((t) => [t.code, t.name]),
    );
    for (const f of [...fresh.towns.features, ...fresh.grid.features]) {
      expect(f.properties.synthetic).toBe(true);
    }
    expect(fresh.towns.features.reduce((s, f) => s + km2(f), 0)).toBeCloseTo(km2(xiuzhou), 0);
  });

  it('split 王江泾镇 into six grid cells whose ids start with its code', () => {
    const town = fresh.towns.features.find((f) => f.id === WANGJIANGJING) as AreaFeature;
    expect(fresh.grid.features.map((f) => f.id)).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `${WANGJIANGJING}-G0${n}`),
    );
    expect(fresh.grid.features.reduce((s, f) => s + km2(f), 0)).toBeCloseTo(km2(town), 1);
  });
});
