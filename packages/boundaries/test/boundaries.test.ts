import { readFileSync } from 'node:fs';
import { validateAreas } from '@onescreen/geo';
import type { DistrictMapProps } from '@onescreen/widgets';
import { describe, expect, it } from 'vitest';
import { cities, moduleText } from '../scripts/generate.js';
import { hangzhou } from '../src/hangzhou.js';
import { jiaxing } from '../src/jiaxing.js';
import type { BoundaryCollection } from '../src/types.js';

const root = new URL('../../../', import.meta.url);
const geojson = (id: string) => readFileSync(new URL(`data/geo/${id}.geojson`, root), 'utf8');
const modules: Record<string, BoundaryCollection> = { hangzhou, jiaxing };

// Typed as the widget's input: this line fails to compile if the types stop fitting.
const asMapInput: DistrictMapProps['geojson'][] = [hangzhou, jiaxing];

describe.each(cities)('@onescreen/boundaries/$id', (city) => {
  it('is generated from the current data/geo file (run `pnpm generate:boundaries` if not)', () => {
    const source = readFileSync(new URL(`packages/boundaries/src/${city.id}.ts`, root), 'utf8');
    expect(source).toBe(moduleText(city, geojson(city.id)));
  });

  it('holds exactly the GeoJSON of data/geo', () => {
    expect(modules[city.id]).toEqual(JSON.parse(geojson(city.id)));
  });

  it('passes the boundary validator as it stands, wound for d3', () => {
    const checked = validateAreas(modules[city.id]);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
  });

  it('names every district by its adcode, as id and property', () => {
    for (const f of modules[city.id]?.features ?? []) {
      expect(f.id).toMatch(/^33\d{4}$/);
      expect(f.properties.adcode).toBe(f.id);
    }
    expect(asMapInput).toHaveLength(2);
  });
});
