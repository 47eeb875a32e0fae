import { readFileSync } from 'node:fs';
import type { AreaFeature } from '@onescreen/geo';
import { describe, expect, it } from 'vitest';
import {
  checkDrillLayers,
  checkNesting,
  fetchDrillFiles,
  loadDrillLayers,
} from '../src/boundaries/load-drill.js';
import { bindingsOf } from '../src/config/bindings-of.js';
import { validateScreenConfig } from '../src/config/validate.js';

// The config's drill layers: loaded like district files, checked to nest under the districts
// by their codes, and described by the config schema with the playback settings.

const page = 'https://wall.test/screen/index.html';
const configUrl = 'https://wall.test/screen/screens/default.json';
const where = { configUrl, pageUrl: page };

function serve(files: Record<string, unknown>) {
  return (async (input: string | URL | Request) => {
    const f = files[String(input)];
    if (f === undefined) return new Response('missing', { status: 404, statusText: 'Not Found' });
    return new Response(JSON.stringify(f), { headers: { 'content-type': 'application/geo+json' } });
  }) as typeof fetch;
}

const square = (id: string, x = 120.6, y = 30.7, d = 0.05) => ({
  type: 'Feature',
  id,
  properties: { name: `area ${id}` },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + d, y],
        [x + d, y + d],
        [x, y + d],
        [x, y],
      ],
    ],
  },
});
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const districts = [
  square('330411', 120.5, 30.6, 0.4),
  square('330402', 121, 30.6, 0.3),
] as never as AreaFeature[];

describe('checkNesting', () => {
  const above = new Set(['330411', '330402', '330411101']);
  const check = (...ids: string[]) =>
    checkNesting(ids.map((id) => square(id)) as never, above, 'towns.geojson', 'en');

  it('accepts towns under their district and zones under their town or district', () => {
    expect(check('330411104', '330411101-G07', '330402-park')).toEqual([]);
  });

  it('names each area whose code is missing, malformed, repeated or under no area above', () => {
    const faults = checkNesting(
      [
        { ...square('x'), id: undefined },
        square('3304'),
        square('330411101'),
        square('330411104'),
        square('330411104'),
        square('330109001'),
      ] as never,
      above,
      'towns.geojson',
      'en',
    );
    expect(faults.map((f) => [f.path, f.file])).toEqual([
      ['/features/0/id', 'towns.geojson'],
      ['/features/1/id', 'towns.geojson'],
      ['/features/2/id', 'towns.geojson'],
      ['/features/4/id', 'towns.geojson'],
      ['/features/5/id', 'towns.geojson'],
    ]);
    expect(faults[0]?.problem).toContain('no code');
    expect(faults[1]?.problem).toContain('not a place code');
    expect(faults[2]?.problem).toContain('twice');
    expect(faults[3]?.problem).toContain('twice');
    expect(faults[4]?.problem).toContain('330109001');
    const zh = checkNesting([square('330109001')] as never, above, 'f', 'zh-CN');
    expect(zh[0]?.problem).toContain('不在上一级');
  });
});

describe('loadDrillLayers', () => {
  it('loads each layer’s files against the config, rewinds them for d3 and nests grid under town', async () => {
    const fetchImpl = serve({
      'https://wall.test/screen/geo/towns.geojson': fc(
        square('330411101'),
        square('330411104', 120.7),
      ),
      'https://wall.test/screen/geo/grid.geojson': fc(square('330411101-G01', 120.6, 30.7, 0.01)),
    });
    const r = await loadDrillLayers(
      [
        { level: 'town', files: ['../geo/towns.geojson'] },
        { level: 'grid', files: ['../geo/grid.geojson'] },
      ],
      districts,
      where,
      'en',
      fetchImpl,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.faults));
    expect(r.layers.map((l) => [l.config.level, l.features.map((f) => f.id)])).toEqual([
      ['town', ['330411101', '330411104']],
      ['grid', ['330411101-G01']],
    ]);
  });

  it('returns every fault with the config pointer or the file: cross-origin, missing, not nested', async () => {
    const fetchImpl = serve({
      'https://wall.test/screen/geo/grid.geojson': fc(square('330109001-G01')),
    });
    const r = await loadDrillLayers(
      [
        { level: 'town', files: ['https://elsewhere.test/towns.geojson', '../geo/none.geojson'] },
        { level: 'grid', files: ['../geo/grid.geojson'] },
      ],
      districts,
      where,
      'en',
      fetchImpl,
    );
    if (r.ok) throw new Error('expected faults');
    expect(r.faults.map((f) => f.path)).toEqual(['/drill/0/files/0', '', '/features/0/id']);
    expect(r.faults[1]?.problem).toContain('404');
    // A cell of 萧山's town: the map has neither that town nor 萧山.
    expect(r.faults[2]?.file).toBe('https://wall.test/screen/geo/grid.geojson');
  });

  it('asks for every layer’s files at once, before the districts are known', async () => {
    const asked: string[] = [];
    const files = {
      'https://wall.test/screen/geo/towns.geojson': fc(square('330411101')),
      'https://wall.test/screen/geo/grid.geojson': fc(square('330411101-G01', 120.6, 30.7, 0.01)),
    };
    const answer = serve(files);
    const fetchImpl = ((url: string) => {
      asked.push(url);
      return answer(url);
    }) as typeof fetch;
    const fetching = fetchDrillFiles(
      [
        { level: 'town', files: ['../geo/towns.geojson'] },
        { level: 'grid', files: ['../geo/grid.geojson'] },
      ],
      where,
      'en',
      fetchImpl,
    );
    // Both layers' files were asked for at once, the grid's without waiting for the towns'.
    expect(asked).toEqual(Object.keys(files));
    const r = await checkDrillLayers(fetching, districts, 'en');
    if (!r.ok) throw new Error(JSON.stringify(r.faults));
    expect(r.layers.map((l) => l.features.length)).toEqual([1, 1]);
  });

  it('with no drill layers, loads nothing and fetches nothing', async () => {
    const r = await loadDrillLayers([], districts, where, 'en', serve({}));
    expect(r).toEqual({ ok: true, layers: [] });
  });
});

describe('the config keys', () => {
  const base = JSON.parse(
    readFileSync(new URL('../../../data/screens/default.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

  it('the default screen drills into the synthetic 秀洲 towns and 王江泾 grid and plays every 2 s', () => {
    const r = validateScreenConfig(base);
    if (!r.ok) throw new Error(JSON.stringify(r.faults));
    expect(r.config.drill?.map((l) => [l.level, l.files])).toEqual([
      ['town', ['../geo/xiuzhou-towns.synthetic.geojson']],
      ['grid', ['../geo/wangjiangjing-grid.synthetic.geojson']],
    ]);
    expect(r.config.period?.playback).toEqual({ stepSeconds: 2, loop: false });
    // Every binding of the screen, fixed rows and carousel views, with its config pointer.
    const all = bindingsOf(r.config);
    expect(all.length).toBeGreaterThan(30);
    expect(all.find((b) => b.path.endsWith('/layers/stations'))?.bind.feed).toBe('fire');
    expect(all.some((b) => b.path.includes('/views/'))).toBe(true);
  });

  it('fills playback defaults and refuses bad drill layers and playback values with their pointers', () => {
    const ok = validateScreenConfig({ ...base, period: { default: '2022-06', playback: {} } });
    if (!ok.ok) throw new Error(JSON.stringify(ok.faults));
    expect(ok.config.period?.playback).toEqual({ stepSeconds: 2, loop: false });
    const bad = validateScreenConfig({
      ...base,
      period: { default: '2022', playback: { stepSeconds: 0, loop: 'yes' } },
      drill: [
        { level: 'Town', files: [] },
        { level: 'grid', files: ['g.geojson'], extra: 1 },
      ],
    });
    if (bad.ok) throw new Error('expected faults');
    expect(bad.faults.map((f) => f.path).sort()).toEqual([
      '/drill/0/files',
      '/drill/0/level',
      '/drill/1',
      '/period/playback/loop',
      '/period/playback/stepSeconds',
    ]);
  });
});
