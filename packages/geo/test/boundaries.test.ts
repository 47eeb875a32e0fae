import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { AreaCollection } from '../src/geometry/types.js';

const R = 6371.0088;
const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../data/geo/${name}`, import.meta.url), 'utf8'));
const hangzhou = read('hangzhou.geojson') as AreaCollection;
const jiaxing = read('jiaxing.geojson') as AreaCollection;
const all = [...hangzhou.features, ...jiaxing.features];
const km2 = (adcode: string) => {
  const f = all.find((x) => x.id === adcode);
  if (!f) throw new Error(adcode);
  return geoArea(f as never) * R * R;
};

describe('data/geo boundaries', () => {
  it('holds the 13 Hangzhou and 7 Jiaxing counties with string adcodes', () => {
    expect(hangzhou.features).toHaveLength(13);
    expect(jiaxing.features).toHaveLength(7);
    for (const f of all) {
      expect(typeof f.id).toBe('string');
      expect(f.properties.adcode).toBe(f.id);
      expect(f.properties.cp).toHaveLength(2);
    }
  });

  it('winds exteriors for d3: every county measures under 10⁻³ sr, not the rest of the sphere', () => {
    for (const f of all) expect(geoArea(f as never)).toBeLessThan(2 * Math.PI * 1e-3);
  });

  it('reproduces the areas measured from the source polygons', () => {
    expect(km2('330411')).toBeCloseTo(542.3, 0);
    expect(km2('330402')).toBeCloseTo(445.1, 0);
    expect(km2('330109')).toBeCloseTo(1392.4, 0);
    expect(km2('330127')).toBeCloseTo(4422.2, 0);
  });

  it('renames 临安市 330185 to 临安区 330112 and keeps the source name and code', () => {
    const linan = all.find((f) => f.id === '330112');
    expect(linan?.properties).toMatchObject({
      name: '临安区',
      sourceName: '临安市',
      sourceAdcode: '330185',
    });
    expect(all.some((f) => f.id === '330185' || f.id === '330113')).toBe(false);
  });

  it('closes every ring and repeats no vertex twice in a row', () => {
    for (const f of all) {
      const polys =
        f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const ring of polys.flat()) {
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (let i = 1; i < ring.length; i++) expect(ring[i]).not.toEqual(ring[i - 1]);
      }
    }
  });
});

describe('data/geo/towns.json', () => {
  const towns = read('towns.json') as {
    towns: { code: string; name: string; adcode: string }[];
  };
  it('lists 9-digit codes that start with their district adcode', () => {
    for (const t of towns.towns) {
      expect(t.code).toMatch(/^\d{9}$/);
      expect(t.code.startsWith(t.adcode)).toBe(true);
    }
  });
  it('has 27 units in 萧山 and 9 in 秀洲, and the towns the reports name', () => {
    const count = (a: string) => towns.towns.filter((t) => t.adcode === a).length;
    expect(count('330109')).toBe(27);
    expect(count('330411')).toBe(9);
    const names = new Set(towns.towns.map((t) => t.name));
    for (const n of [
      '宁围街道',
      '进化镇',
      '万市镇',
      '龙岗镇',
      '王店镇',
      '西塘镇',
      '沈荡镇',
      '东栅街道',
    ]) {
      expect(names.has(n)).toBe(true);
    }
  });
});
