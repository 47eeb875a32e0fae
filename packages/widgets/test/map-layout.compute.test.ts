import { readFileSync } from 'node:fs';
import type { AreaCollection } from '@onescreen/geo';
import { describe, expect, it } from 'vitest';
import { quantileBreaks } from '../src/DistrictMap/classBreaks.js';
import { districtMapOption, noDataCodes } from '../src/DistrictMap/compute.js';
import { districtsOf } from '../src/DistrictMap/districts.js';
import { regionFills } from '../src/DistrictMap/fills.js';
import { type DistrictLayout, districtLayout } from '../src/DistrictMap/layout.js';
import { chartPalette } from '../src/echarts/chartPalette.js';
import { clusterPoints } from '../src/maplayout/cluster.js';
import { fitInto, fromPx, layoutFrame } from '../src/maplayout/frame.js';
import { mapGeometry, shapeContains } from '../src/maplayout/geometry.js';
import { landShare, occupancy } from '../src/maplayout/occupancy.js';
import { estimateTextWidth } from '../src/maplayout/textWidth.js';
import { overlaps, type Rect } from '../src/maplayout/types.js';
import { tokens } from '../src/theme/tokens.js';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../../data/${path}`, import.meta.url), 'utf8'));
const hangzhou = read('geo/hangzhou.geojson') as AreaCollection;
const jiaxing = read('geo/jiaxing.geojson') as AreaCollection;
const both: AreaCollection = {
  type: 'FeatureCollection',
  features: [...hangzhou.features, ...jiaxing.features],
};
const fire = read('feeds/fire.json') as {
  data: { stations: { id: string; name: string; location: [number, number]; district: string }[] };
};
const stations = fire.data.stations.map((s) => ({
  id: s.id,
  name: s.name,
  lon: s.location[0],
  lat: s.location[1],
  kind: 'station' as const,
  district: s.district,
}));
const geometry = mapGeometry(both);
const land = occupancy(geometry);
const allCorners = ['bottom-left', 'top-right', 'bottom-right', 'top-left'] as const;

function layoutAt(width: number, height: number, selected: string | null = null): DistrictLayout {
  return districtLayout({
    geometry,
    occupancy: land,
    size: { width, height },
    topBar: { x: 8, y: 4, w: 96, h: 22 },
    legend: { width: 150, height: 140 },
    legendCorners: allCorners,
    points: stations,
    selected,
    measure: estimateTextWidth,
  });
}

describe('mapGeometry', () => {
  it('projects every district onto a 1000-unit plane with its area and an interior label point', () => {
    expect(geometry.shapes).toHaveLength(20);
    const [x0, y0, x1, y1] = geometry.box;
    expect([x0, y0]).toEqual([0, 0]);
    expect(Math.max(x1, y1)).toBeCloseTo(1000, 6);
    for (const s of geometry.shapes) expect(shapeContains(s, ...s.pole), s.name).toBe(true);
    const byArea = [...geometry.shapes].sort((a, b) => b.area - a.area).map((s) => s.name);
    expect(byArea.slice(0, 2)).toEqual(['淳安县', '临安区']);
    // 西湖区's label point is inside 西湖区, not on a neighbour's edge.
    const xihu = geometry.shapes.find((s) => s.name === '西湖区');
    const others = geometry.shapes.filter((s) => s !== xihu);
    expect(others.some((s) => shapeContains(s, ...(xihu?.pole ?? [0, 0])))).toBe(false);
  });

  it('does not care how rings are wound (d3 does)', () => {
    const reversed: AreaCollection = {
      ...jiaxing,
      features: jiaxing.features.map((f) => ({
        ...f,
        geometry:
          f.geometry.type === 'Polygon'
            ? { ...f.geometry, coordinates: f.geometry.coordinates.map((r) => [...r].reverse()) }
            : f.geometry,
      })),
    };
    expect(mapGeometry(reversed).box).toEqual(mapGeometry(jiaxing).box);
  });

  it('registers y-negated plane coordinates for ECharts', () => {
    const first = geometry.registered.features[0] as {
      geometry: { coordinates: number[][][][] };
      properties: { code: string };
    };
    const [x, y] = first.geometry.coordinates[0]?.[0]?.[0] ?? [];
    expect(first.properties.code).toBe('330102');
    expect(x).toBeCloseTo(geometry.shapes[0]?.polygons[0]?.[0]?.[0]?.[0] as number, 9);
    expect(y).toBeCloseTo(-(geometry.shapes[0]?.polygons[0]?.[0]?.[0]?.[1] as number), 9);
  });
});

describe('occupancy', () => {
  it('counts land under a box: all of it inside 淳安, none out at sea', () => {
    const chunan = geometry.shapes.find((s) => s.name === '淳安县');
    const [px, py] = chunan?.pole ?? [0, 0];
    expect(landShare(land, px - 5, py - 5, 10, 10)).toBe(1);
    expect(landShare(land, -500, -500, 100, 100)).toBe(0);
    const whole = landShare(land, 0, 0, geometry.box[2], geometry.box[3]);
    expect(whole).toBeGreaterThan(0.3);
    expect(whole).toBeLessThan(0.8);
  });
});

describe('layoutFrame', () => {
  it('centres the map, fills the panel and puts the legend where it hides no land', () => {
    for (const [w, h] of [
      [620, 400],
      [960, 600],
      [2100, 760],
    ] as const) {
      const out = layoutFrame(geometry, land, {
        size: { width: w, height: h },
        overlay: { size: { width: 150, height: 140 }, corners: allCorners },
      });
      const { box } = out.frame;
      const fillsWidth = box.w >= w - 12 - 0.5;
      const fillsHeight = box.h >= h - 12 - 0.5;
      expect(fillsWidth || fillsHeight).toBe(true);
      expect(box.x + box.w / 2).toBeCloseTo(w / 2, 6);
      expect(box.y + box.h / 2).toBeCloseTo(h / 2, 6);
      const r = out.overlay?.rect as Rect;
      const [x, y] = fromPx(out.frame, r.x, r.y);
      expect(landShare(land, x, y, r.w / out.frame.scale, r.h / out.frame.scale)).toBeLessThan(
        0.011,
      );
    }
  });

  it('gives the legend a column when every corner would hide land', () => {
    const square: AreaCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'sq',
          properties: { name: '方' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [120, 30],
                [120, 30.5],
                [120.58, 30.5],
                [120.58, 30],
                [120, 30],
              ],
            ],
          },
        },
      ],
    };
    const g = mapGeometry(square);
    const out = layoutFrame(g, occupancy(g), {
      size: { width: 800, height: 400 },
      overlay: { size: { width: 150, height: 140 }, corners: ['bottom-left'] },
    });
    expect(overlaps(out.frame.box, out.overlay?.rect as Rect)).toBe(false);
    expect(out.frame.box.h).toBeCloseTo(388, 0);
  });

  it('fits a box centred in an area', () => {
    const f = fitInto([0, 0, 100, 50], { x: 0, y: 0, w: 300, h: 300 });
    expect(f.box).toEqual({ x: 0, y: 75, w: 300, h: 150 });
  });
});

describe('clusterPoints', () => {
  it('merges markers that would touch until none do, keeping every point', () => {
    const pts = [
      { id: 'a', x: 0, y: 0, size: 12 },
      { id: 'b', x: 5, y: 0, size: 12 },
      { id: 'c', x: 10, y: 3, size: 12 },
      { id: 'far', x: 200, y: 200, size: 12 },
    ];
    const out = clusterPoints(pts);
    expect(out.map((c) => c.ids)).toEqual([['a', 'b', 'c'], ['far']]);
    expect(out[0]?.x).toBeCloseTo(5, 9);
    expect(out[0]?.y).toBeCloseTo(1, 9);
    expect(out[1]).toEqual({ ids: ['far'], x: 200, y: 200, size: 12 });
    expect(clusterPoints([])).toEqual([]);
  });

  it('clusters the 23 秀洲 stations at each wall size: none touch, all counted, fewer when small', () => {
    const counts: number[] = [];
    for (const [w, h] of [
      [620, 400],
      [960, 600],
      [2100, 760],
      [2400, 1200],
    ] as const) {
      const { markers } = layoutAt(w, h);
      counts.push(markers.length);
      expect(markers.reduce((n, m) => n + m.ids.length, 0)).toBe(23);
      markers.forEach((a, i) => {
        for (const b of markers.slice(i + 1))
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual((a.size + b.size) / 2);
      });
    }
    expect(counts[0]).toBeLessThan(counts[3] as number);
    expect(counts[3]).toBe(23);
  });
});

describe('district labels', () => {
  for (const [w, h] of [
    [620, 400],
    [960, 600],
    [1920, 1200],
    [2100, 760],
    [2400, 1200],
  ] as const)
    it(`${w}×${h}: names inside their districts, meeting nothing`, () => {
      const out = layoutAt(w, h, '330106');
      const obstacles = [out.topBar, out.overlay?.rect].filter((r): r is Rect => r != null);
      out.labels.forEach((a, i) => {
        expect(a.box.x).toBeGreaterThanOrEqual(0);
        expect(a.box.y).toBeGreaterThanOrEqual(0);
        expect(a.box.x + a.box.w).toBeLessThanOrEqual(w);
        expect(a.box.y + a.box.h).toBeLessThanOrEqual(h);
        for (const b of out.labels.slice(i + 1))
          expect(overlaps(a.box, b.box), `${a.text}/${b.text}`).toBe(false);
        for (const m of out.markers)
          expect(
            overlaps(a.box, { x: m.x - m.size / 2, y: m.y - m.size / 2, w: m.size, h: m.size }),
          ).toBe(false);
        for (const o of obstacles) expect(overlaps(a.box, o)).toBe(false);
        if (a.kind === 'area' && a.id !== '330106') {
          const shape = geometry.shapes.find((s) => s.code === a.id);
          const mid = a.box.y + a.box.h / 2;
          for (const x of [a.box.x + 3, a.box.x + a.box.w - 3])
            expect(shapeContains(shape as never, ...fromPx(out.frame, x, mid)), a.text).toBe(true);
        }
      });
      // The selected district (西湖区) is always named, in bold.
      expect(out.labels.find((l) => l.id === '330106')).toMatchObject({ bold: true });
      // Station names come after every district name that fits.
      const kinds = out.labels.map((l) => l.kind);
      expect(kinds.indexOf('area')).toBe(0);
      expect(kinds.lastIndexOf('area')).toBeLessThan(kinds.indexOf('point') >>> 0);
    });

  it('names more districts as the map grows, and never a small city district it cannot fit', () => {
    const names = (l: DistrictLayout) =>
      l.labels.filter((x) => x.kind === 'area').map((x) => x.text);
    const small = names(layoutAt(620, 400));
    const big = names(layoutAt(2400, 1200));
    expect(big.length).toBeGreaterThan(small.length);
    expect(small).not.toContain('上城区');
    for (const n of ['淳安县', '临安区', '萧山区', '富阳区']) expect(small).toContain(n);
  });
});

describe('value updates', () => {
  it('change only the fills: the chart option, outlines and paths stay as they were', () => {
    const layout = layoutAt(960, 600);
    const districts = districtsOf(both);
    const codes = districts.map((d) => d.code);
    const palette = chartPalette(tokens.dark);
    const valuesOf = (seed: number) =>
      Object.fromEntries(districts.map((d, i) => [d.code, (i * seed) % 97]));
    const make = (seed: number) => {
      const values = valuesOf(seed);
      return districtMapOption({
        mapName: 'hz-jx',
        districts,
        values: {},
        breaks: [],
        noData: noDataCodes(districts, values),
        readValue: (code) => values[code],
        selected: null,
        layout,
        unit: '件',
        title: '杭嘉',
        lang: 'zh-CN',
        palette,
        reducedMotion: false,
      });
    };
    const a = make(7);
    const b = make(13);
    // Everything ECharts is given is the same, so it has nothing to rebuild.
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const fills = (seed: number) => {
      const values = valuesOf(seed);
      return regionFills(codes, values, quantileBreaks(Object.values(values), 5), palette);
    };
    expect(fills(7)).not.toEqual(fills(13));
  });
});
