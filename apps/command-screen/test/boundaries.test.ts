import { readFileSync } from 'node:fs';
import { ringSignedArea2 } from '@onescreen/geo';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_BOUNDARIES,
  loadBoundaries,
  resolveBoundaryUrls,
} from '../src/boundaries/load-boundaries.js';

const page = 'https://wall.test/screen/index.html?kiosk=1';
const config = 'https://wall.test/configs/east/screen.json';

/** A fetch that serves the given bodies by absolute URL, 404 otherwise. */
function serve(
  files: Record<string, { body: string; type?: string | undefined; status?: number }>,
) {
  return (async (input: string | URL | Request) => {
    const url = String(input);
    const f = files[url];
    if (!f) return new Response('missing', { status: 404, statusText: 'Not Found' });
    return new Response(f.body, {
      status: f.status ?? 200,
      headers: { 'content-type': f.type ?? 'application/geo+json' },
    });
  }) as typeof fetch;
}

// 秀洲-sized square near Jiaxing, [lon, lat], counter-clockwise (RFC 7946): exterior area > 0.
const ccw = [
  [120.6, 30.7],
  [120.8, 30.7],
  [120.8, 30.9],
  [120.6, 30.9],
  [120.6, 30.7],
];
const district = (ring: number[][], id = '330411') => ({
  type: 'Feature',
  id,
  properties: { name: '秀洲区', adcode: Number(id) },
  geometry: { type: 'Polygon', coordinates: [ring] },
});
const collection = (...features: unknown[]) =>
  JSON.stringify({ type: 'FeatureCollection', features });

describe('resolveBoundaryUrls', () => {
  it('uses the bundled files next to the page when the config names none', () => {
    const r = resolveBoundaryUrls(
      { configured: undefined, configUrl: config, pageUrl: page },
      'en',
    );
    expect(r.faults).toEqual([]);
    expect(r.urls).toEqual([
      'https://wall.test/screen/geo/hangzhou.geojson',
      'https://wall.test/screen/geo/jiaxing.geojson',
    ]);
    expect(BUNDLED_BOUNDARIES).toHaveLength(2);
  });

  it('resolves configured files against the config, and accepts absolute same-origin ones', () => {
    const r = resolveBoundaryUrls(
      {
        configured: ['xiuzhou.geojson', '../shared/a.json', '/geo/b.json'],
        configUrl: config,
        pageUrl: page,
      },
      'en',
    );
    expect(r.faults).toEqual([]);
    expect(r.urls).toEqual([
      'https://wall.test/configs/east/xiuzhou.geojson',
      'https://wall.test/configs/shared/a.json',
      'https://wall.test/geo/b.json',
    ]);
  });

  it('refuses another origin, naming the config entry, in the screen language', () => {
    const sources = {
      configured: ['ok.json', 'https://tiles.example.com/x.geojson'],
      configUrl: config,
      pageUrl: page,
    };
    const en = resolveBoundaryUrls(sources, 'en');
    expect(en.urls).toEqual(['https://wall.test/configs/east/ok.json']);
    expect(en.faults).toEqual([
      {
        path: '/boundaries/1',
        file: 'https://tiles.example.com/x.geojson',
        problem: expect.stringContaining('https://wall.test'),
      },
    ]);
    expect(resolveBoundaryUrls(sources, 'zh-CN').faults[0]?.problem).toMatch(/同源/);
  });
});

describe('loadBoundaries', () => {
  const url = 'https://wall.test/configs/east/xiuzhou.geojson';
  const load = (body: string, lang: 'en' | 'zh-CN' = 'en', type?: string) =>
    loadBoundaries(
      { configured: ['xiuzhou.geojson'], configUrl: config, pageUrl: page },
      lang,
      serve({ [url]: { body, type } }),
    );

  it('accepts a counter-clockwise polygon and rewinds it clockwise for d3, keeping id and properties', async () => {
    expect(ringSignedArea2(ccw)).toBeGreaterThan(0);
    const r = await load(collection(district(ccw)));
    if (!r.ok) throw new Error(JSON.stringify(r.faults));
    expect(r.features).toHaveLength(1);
    const f = r.features[0];
    expect(f?.id).toBe('330411');
    expect(f?.properties.name).toBe('秀洲区');
    const ring = (f?.geometry.coordinates as number[][][] | undefined)?.[0] ?? [];
    expect(ringSignedArea2(ring)).toBeLessThan(0);
    expect(new Set(ring.map((p) => p.join(',')))).toEqual(new Set(ccw.map((p) => p.join(','))));
  });

  it('names the file and the pointer of a polygon with longitude and latitude swapped', async () => {
    const swapped = ccw.map(([lon, lat]) => [lat, lon] as number[]);
    const r = await load(collection(district(swapped)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // One fault per vertex, each pointing at that position.
    expect(r.faults.map((f) => f.path)).toEqual(
      swapped.map((_, i) => `/features/0/geometry/coordinates/0/${i}`),
    );
    expect(r.faults.every((f) => f.file === url)).toBe(true);
    expect(r.faults[0]?.problem).toMatch(/\[latitude, longitude\]/);
    const zh = await load(collection(district(swapped)), 'zh-CN');
    expect(zh.ok || zh.faults[0]?.problem).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reports open rings, NaN coordinates and wrong types by pointer', async () => {
    const open = ccw.slice(0, 4);
    const nan = ccw.map((p, i) => (i === 2 ? [Number.NaN, p[1] ?? 0] : p));
    const r = await load(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          district(open, '1'),
          // JSON has no NaN: the file says null, which is just as unusable.
          JSON.parse(JSON.stringify(district(nan, '2'))),
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [120, 30] } },
        ],
      }),
    );
    if (r.ok) throw new Error('expected faults');
    const paths = r.faults.map((f) => f.path);
    expect(paths.some((p) => p.startsWith('/features/0/geometry/coordinates/0'))).toBe(true);
    expect(paths.some((p) => p.startsWith('/features/1/geometry/coordinates/0/2'))).toBe(true);
    expect(paths).toContain('/features/2/geometry/type');
    expect(r.faults.every((f) => f.file === url)).toBe(true);
  });

  it('reports a file that is not a FeatureCollection at /type', async () => {
    const r = await load(JSON.stringify({ type: 'Feature' }));
    expect(r).toEqual({
      ok: false,
      faults: [{ file: url, path: '/type', problem: expect.any(String) }],
    });
  });

  it('reports HTTP failures, HTML fallbacks and non-JSON as faults of that file', async () => {
    const missing = await loadBoundaries(
      { configured: ['nothing.geojson'], configUrl: config, pageUrl: page },
      'en',
      serve({}),
    );
    expect(missing).toEqual({
      ok: false,
      faults: [
        {
          file: 'https://wall.test/configs/east/nothing.geojson',
          path: '',
          problem: expect.stringContaining('HTTP 404'),
        },
      ],
    });
    const html = await load('<!doctype html><html></html>', 'en', 'text/html; charset=utf-8');
    expect(html.ok || html.faults[0]?.problem).toMatch(/HTML/);
    const garbage = await load('{"type": "FeatureCollection", ', 'zh-CN');
    expect(garbage.ok || garbage.faults[0]?.problem).toMatch(/不是有效的 JSON/);
    const thrown = await loadBoundaries(
      { configured: ['x.json'], configUrl: config, pageUrl: page },
      'en',
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    );
    expect(thrown.ok || thrown.faults[0]?.problem).toMatch(/Failed to fetch/);
  });

  it('merges the features of every file, and collects the faults of every bad one', async () => {
    const a = 'https://wall.test/configs/east/a.json';
    const b = 'https://wall.test/configs/east/b.json';
    const c = 'https://wall.test/configs/east/c.json';
    const files = {
      [a]: { body: collection(district(ccw, '1')) },
      [b]: { body: collection(district([...ccw].reverse(), '2')) },
      [c]: { body: '{}' },
    };
    const sources = { configUrl: config, pageUrl: page };
    const good = await loadBoundaries(
      { ...sources, configured: ['a.json', 'b.json'] },
      'en',
      serve(files),
    );
    expect(good.ok && good.features.map((f) => f.id)).toEqual(['1', '2']);
    const bad = await loadBoundaries(
      { ...sources, configured: ['a.json', 'c.json', 'd.json'] },
      'en',
      serve(files),
    );
    expect(bad.ok || bad.faults.map((f) => f.file)).toEqual([
      c,
      'https://wall.test/configs/east/d.json',
    ]);
  });
});

describe('bundled boundaries', () => {
  it('pass validation and come out as the 20 Hangzhou and Jiaxing counties', async () => {
    const root = new URL('../../../data/', import.meta.url);
    const files: Record<string, { body: string }> = {};
    for (const f of BUNDLED_BOUNDARIES) {
      files[new URL(f, page).href] = { body: readFileSync(new URL(f, root), 'utf8') };
    }
    const r = await loadBoundaries(
      { configured: undefined, configUrl: config, pageUrl: page },
      'en',
      serve(files),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.faults.slice(0, 3)));
    expect(r.features).toHaveLength(20);
  });
});
