import { readFileSync } from 'node:fs';
import type { AreaCollection } from '@onescreen/geo';
import { describe, expect, it } from 'vitest';
import { classIndex, quantileBreaks } from '../src/DistrictMap/classBreaks.js';
import {
  alertPulses,
  classColors,
  districtMapOption,
  districtTable,
} from '../src/DistrictMap/compute.js';
import { districtsOf } from '../src/DistrictMap/districts.js';
import { regionFills, regionPaths } from '../src/DistrictMap/fills.js';
import { districtLayout } from '../src/DistrictMap/layout.js';
import { naturalBreaks } from '../src/DistrictMap/naturalBreaks.js';
import { chartPalette } from '../src/echarts/chartPalette.js';
import { mapGeometry } from '../src/maplayout/geometry.js';
import { occupancy } from '../src/maplayout/occupancy.js';
import { estimateTextWidth } from '../src/maplayout/textWidth.js';
import { tokens } from '../src/theme/tokens.js';

const jiaxing = JSON.parse(
  readFileSync(new URL('../../../data/geo/jiaxing.geojson', import.meta.url), 'utf8'),
) as AreaCollection;
const palette = chartPalette(tokens.dark);

describe('quantileBreaks', () => {
  it('splits into classes of about equal count with the real member ranges', () => {
    const breaks = quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5);
    expect(breaks.map((b) => [b.min, b.max, b.count])).toEqual([
      [1, 2, 2],
      [3, 4, 2],
      [5, 6, 2],
      [7, 8, 2],
      [9, 10, 2],
    ]);
  });
  it('never splits equal values across classes, so it may give fewer classes', () => {
    const breaks = quantileBreaks([5, 5, 5, 5, 9, null], 4);
    expect(breaks.map((b) => [b.min, b.max, b.count])).toEqual([
      [5, 5, 4],
      [9, 9, 1],
    ]);
    expect(classIndex(5, breaks)).toBe(0);
    expect(classIndex(null, breaks)).toBe(-1);
    expect(quantileBreaks([null, Number.NaN])).toEqual([]);
  });
  it('counts add up to the districts with data', () => {
    const values = [3, 17, 4, 99, 12, 12, 40, 7, 1, 25, 64];
    const breaks = quantileBreaks(values, 5);
    expect(breaks.reduce((s, b) => s + b.count, 0)).toBe(values.length);
    for (const v of values) {
      const b = breaks[classIndex(v, breaks)];
      expect(v).toBeGreaterThanOrEqual(b?.min as number);
      expect(v).toBeLessThanOrEqual(b?.max as number);
    }
  });
});

describe('district map option', () => {
  const districts = districtsOf(jiaxing);
  const values: Record<string, number | null> = Object.fromEntries(
    districts.map((d, i) => [d.code, i === 0 ? null : i * 10]),
  );
  const breaks = quantileBreaks(Object.values(values), 3);
  const geometry = mapGeometry(jiaxing);
  const point = {
    id: 'p',
    name: '<img src=x onerror=alert(1)>',
    lon: 120.7,
    lat: 30.8,
    kind: 'station' as const,
  };
  const layout = districtLayout({
    geometry,
    occupancy: occupancy(geometry),
    size: { width: 640, height: 480 },
    topBar: null,
    legend: { width: 140, height: 120 },
    legendCorners: ['bottom-left'],
    points: [point],
    selected: '330411',
    measure: estimateTextWidth,
  });
  const input = {
    mapName: 'jiaxing',
    districts,
    values,
    breaks,
    selected: '330411',
    layout,
    unit: '件',
    title: '嘉兴',
    lang: 'zh-CN' as const,
    palette,
    reducedMotion: false,
  };

  it('outlines an alerted district in its level colour and pulses at its label point', () => {
    const pole = geometry.shapes.find((sh) => sh.code === '330402')?.pole ?? [0, 0];
    const alerts = [{ code: '330402', level: 'critical' as const, at: pole }];
    type Opt = {
      geo: { regions: { name: string; itemStyle: { borderColor: string; borderWidth: number } }[] };
      series: { id: string; type: string }[];
    };
    const live = districtMapOption({ ...input, alerts }) as unknown as Opt;
    const region = (o: Opt, code: string) => o.geo.regions.find((r) => r.name === code)?.itemStyle;
    expect(region(live, '330402')).toMatchObject({
      borderColor: palette.level.critical,
      borderWidth: 3,
    });
    // The selection keeps its own outline where there is no alert.
    expect(region(live, '330411')).toMatchObject({ borderColor: palette.warn, borderWidth: 3 });
    // Nothing in the chart animates for an alert: the pulse is drawn over it by the page.
    expect(live.series.map((x) => x.type)).toEqual(['scatter', 'scatter']);
    const [pulse, ...more] = alertPulses(alerts, layout);
    expect(more).toEqual([]);
    expect(pulse).toMatchObject({ code: '330402', level: 'critical' });
    // At the label point as the layout draws it: inside the frame, where the names are placed.
    const { box, scale, plane } = layout.frame;
    expect(pulse?.x).toBeCloseTo(box.x + (pole[0] - plane[0]) * scale, 6);
    expect(pulse?.y).toBeCloseTo(box.y + (pole[1] - plane[1]) * scale, 6);
    expect(pulse?.x).toBeGreaterThan(box.x);
    expect(pulse?.x).toBeLessThan(box.x + box.w);
    expect(pulse?.y).toBeGreaterThan(box.y);
    expect(pulse?.y).toBeLessThan(box.y + box.h);
    expect(alertPulses([], layout)).toEqual([]);
  });

  it('falls back to properties.adcode, then the name, for codes of user GeoJSON', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [0, 1],
          [1, 1],
          [1, 0],
          [0, 0],
        ],
      ],
    };
    const user: AreaCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { adcode: 110101, name: '甲' }, geometry: square },
        { type: 'Feature', properties: { name: '乙' }, geometry: square },
      ],
    };
    expect(districtsOf(user).map((d) => d.code)).toEqual(['110101', '乙']);
  });

  it('reads codes and names from the boundaries', () => {
    expect(districts).toHaveLength(7);
    expect(districts.find((d) => d.code === '330411')?.name).toBe('秀洲区');
    expect(mapGeometry(jiaxing, new Set(['330411'])).shapes.map((s) => s.code)).toEqual(['330411']);
  });

  it('colours each district by class under a see-through chart, no-data grey and dashed, selection outlined', () => {
    const option = districtMapOption(input);
    const colors = classColors(palette, breaks.length);
    const codes = districts.map((d) => d.code);
    const fills = regionFills(codes, values, breaks, palette);
    expect(fills[codes[0] as string]).toBe(colors.noData);
    expect(colors.classes).not.toContain(colors.noData);
    for (const code of codes.slice(1)) {
      expect(fills[code]).toBe(colors.classes[classIndex(values[code], breaks)]);
    }
    // The chart's regions draw outlines only: the fill layer under them shows the colours.
    const regions = option.geo.regions;
    expect(new Set(regions.map((r) => r.itemStyle.areaColor))).toEqual(new Set(['transparent']));
    const first = regions.find((r) => r.name === districts[0]?.code);
    expect(first?.itemStyle).toHaveProperty('borderType', 'dashed');
    expect(regions.filter((r) => 'borderType' in r.itemStyle)).toHaveLength(1);
    expect(regions.find((r) => r.name === '330411')?.itemStyle.borderWidth).toBe(3);
    expect(option.geo.nameProperty).toBe('code');
  });

  it('draws each district as one path of its rings in the layout box, holes kept', () => {
    const paths = regionPaths(geometry, layout.frame);
    expect(paths.map((p) => p.code)).toEqual(geometry.shapes.map((s) => s.code));
    const { box, scale, plane } = layout.frame;
    for (const [i, shape] of geometry.shapes.entries()) {
      const d = paths[i]?.d ?? '';
      // One subpath per ring, each closed.
      const rings = shape.polygons.reduce((n, polygon) => n + polygon.length, 0);
      expect(d.match(/M/g)).toHaveLength(rings);
      expect(d.match(/Z/g)).toHaveLength(rings);
      // The first point is the shape's first vertex in pixels, as the chart draws it.
      const [x, y] = shape.polygons[0]?.[0]?.[0] ?? [0, 0];
      const [mx, my] = (d.match(/^M(-?[\d.]+) (-?[\d.]+)/) ?? []).slice(1).map(Number);
      expect(mx).toBeCloseTo(box.x + (x - plane[0]) * scale, 1);
      expect(my).toBeCloseTo(box.y + (y - plane[1]) * scale, 1);
      // Every point lies inside the layout box.
      const numbers = d
        .split(/[MLZ ]/)
        .filter(Boolean)
        .map(Number);
      for (let k = 0; k < numbers.length; k += 2) {
        expect(numbers[k]).toBeGreaterThanOrEqual(box.x - 0.1);
        expect(numbers[k]).toBeLessThanOrEqual(box.x + box.w + 0.1);
        expect(numbers[k + 1]).toBeGreaterThanOrEqual(box.y - 0.1);
        expect(numbers[k + 1]).toBeLessThanOrEqual(box.y + box.h + 0.1);
      }
    }
  });

  it('reads tooltip values when shown, from a reader when given one', () => {
    let latest: Record<string, number> = { '330411': 7 };
    const option = districtMapOption({
      ...input,
      values: {},
      noData: [],
      readValue: (code) => latest[code],
    });
    expect(option.geo.tooltip.formatter({ name: '330411' })).toBe('秀洲区: 7件');
    latest = { '330411': 1234 };
    expect(option.geo.tooltip.formatter({ name: '330411' })).toBe('秀洲区: 1,234件');
  });

  it('draws the plane geometry into the layout box, names from the layout, selected in bold', () => {
    const option = districtMapOption(input);
    const { box } = layout.frame;
    expect(option.geo).toMatchObject({ left: box.x, top: box.y, width: box.w, height: box.h });
    expect(option.geo.label.show).toBe(false);
    const labels = option.series[1]?.data as { name: string; label: { fontWeight?: string } }[];
    expect(labels.map((l) => l.name)).toEqual(layout.labels.map((l) => l.text));
    expect(labels.find((l) => l.name === '秀洲区')?.label.fontWeight).toBe('bold');
    expect(option.series[1]).toMatchObject({ labelLayout: { hideOverlap: true }, silent: true });
  });

  it('projects round-trip between GCJ-02 and the plane', () => {
    const [x, y] = geometry.toPlane(120.75, 30.77);
    const [lon, lat] = geometry.toLonLat(x, y);
    expect(lon).toBeCloseTo(120.75, 9);
    expect(lat).toBeCloseTo(30.77, 9);
  });

  it('escapes names in tooltips for districts and points; labels stay plain text', () => {
    const option = districtMapOption({
      ...input,
      districts: [{ code: 'x', name: '<b>x</b>' }],
      values: { x: 5 },
    });
    expect(option.geo.tooltip.formatter({ name: 'x' })).toBe('&lt;b&gt;x&lt;/b&gt;: 5件');
    expect(option.tooltip.formatter({ data: { tip: '<i>' } })).toBe('&lt;i&gt;');
    expect(option.tooltip.formatter({ name: '<i>' })).toBe('&lt;i&gt;');
    expect(option.series[1]?.label.formatter({ name: '<b>x</b>' })).toBe('<b>x</b>');
    const [px, py] = geometry.toPlane(120.7, 30.8);
    expect(option.series[0]?.data[0]).toMatchObject({
      symbol: 'triangle',
      tip: '<img src=x onerror=alert(1)>',
    });
    const at = option.series[0]?.data[0]?.value as [number, number];
    expect(at[0]).toBeCloseTo(px, 6);
    expect(at[1]).toBeCloseTo(-py, 6);
  });

  it('tables every district with its class range or no data', () => {
    const table = districtTable(input);
    expect(table.rows).toHaveLength(7);
    expect(table.rows[0]?.[2]).toBe('无数据');
    expect(table.columns).toEqual(['区县', '数值 (件)', '分级']);
  });
});

describe('naturalBreaks', () => {
  it('finds the obvious clusters', () => {
    const breaks = naturalBreaks([1, 2, 3, 20, 21, 22, 100, 101], 3);
    expect(breaks.map((b) => [b.min, b.max, b.count])).toEqual([
      [1, 3, 3],
      [20, 22, 3],
      [100, 101, 2],
    ]);
  });
  it('never splits equal values and gives fewer classes than distinct values allow', () => {
    expect(naturalBreaks([5, 5, 5, 9], 4).map((b) => [b.min, b.max, b.count])).toEqual([
      [5, 5, 3],
      [9, 9, 1],
    ]);
    expect(naturalBreaks([], 3)).toEqual([]);
  });
  it('is optimal: matches an exhaustive search on random small sets', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const cost = (sorted: number[], cuts: number[]) => {
      let total = 0;
      const bounds = [0, ...cuts, sorted.length];
      for (let b = 0; b + 1 < bounds.length; b++) {
        const run = sorted.slice(bounds[b], bounds[b + 1]);
        const mean = run.reduce((x, y) => x + y, 0) / run.length;
        for (const v of run) total += (v - mean) ** 2;
      }
      return total;
    };
    for (let trial = 0; trial < 30; trial++) {
      const sorted = Array.from({ length: 8 }, () => Math.round(rand() * 100)).sort(
        (a, b) => a - b,
      );
      if (new Set(sorted).size < 8) continue;
      let best = Infinity;
      for (let a = 1; a < 7; a++)
        for (let b = a + 1; b < 8; b++) best = Math.min(best, cost(sorted, [a, b]));
      const breaks = naturalBreaks(sorted, 3);
      const cuts = breaks.slice(1).map((br) => sorted.indexOf(br.threshold));
      expect(cost(sorted, cuts)).toBeCloseTo(best, 9);
    }
  });

  it('beats or equals quantiles on within-class squared deviation', () => {
    const values = [3, 17, 4, 99, 12, 12, 40, 7, 1, 25, 64, 58, 61, 8];
    const ssd = (breaks: { threshold: number }[]) => {
      const groups = new Map<number, number[]>();
      for (const v of values) {
        const i = classIndex(v, breaks);
        groups.set(i, [...(groups.get(i) ?? []), v]);
      }
      let total = 0;
      for (const g of groups.values()) {
        const mean = g.reduce((a, b) => a + b, 0) / g.length;
        for (const v of g) total += (v - mean) ** 2;
      }
      return total;
    };
    const natural = naturalBreaks(values, 4);
    expect(natural).toHaveLength(4);
    expect(ssd(natural)).toBeLessThanOrEqual(ssd(quantileBreaks(values, 4)));
    expect(natural.reduce((s, b) => s + b.count, 0)).toBe(values.length);
  });
});
