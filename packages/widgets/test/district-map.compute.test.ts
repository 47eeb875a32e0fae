import { readFileSync } from 'node:fs';
import type { AreaCollection } from '@onescreen/geo';
import { describe, expect, it } from 'vitest';
import { classIndex, quantileBreaks } from '../src/DistrictMap/classBreaks.js';
import { classColors, districtMapOption, districtTable } from '../src/DistrictMap/compute.js';
import { districtsOf, withCodes } from '../src/DistrictMap/districts.js';
import { labelWorthy } from '../src/DistrictMap/labelWorthy.js';
import { naturalBreaks } from '../src/DistrictMap/naturalBreaks.js';
import { mapProjection } from '../src/DistrictMap/projection.js';
import { chartPalette } from '../src/echarts/chartPalette.js';
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
  const input = {
    mapName: 'jiaxing',
    districts,
    values,
    breaks,
    selected: '330411',
    points: [
      {
        id: 'p',
        name: '<img src=x onerror=alert(1)>',
        lon: 120.7,
        lat: 30.8,
        kind: 'station' as const,
      },
    ],
    projection: mapProjection(withCodes(jiaxing)),
    unit: '件',
    title: '嘉兴',
    lang: 'zh-CN' as const,
    palette,
    reducedMotion: false,
  };

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
    expect(withCodes(jiaxing).features.every((f) => typeof f.properties?.code === 'string')).toBe(
      true,
    );
    expect(withCodes(jiaxing, new Set(['330411'])).features).toHaveLength(1);
  });

  it('colours each district by class, no-data distinct and dashed, selection outlined', () => {
    const option = districtMapOption(input);
    const colors = classColors(palette, breaks.length);
    const regions = option.geo.regions;
    const first = regions.find((r) => r.name === districts[0]?.code);
    expect(first?.itemStyle.areaColor).toBe(colors.noData);
    expect(first?.itemStyle).toHaveProperty('borderType', 'dashed');
    expect(colors.classes).not.toContain(colors.noData);
    expect(regions.find((r) => r.name === '330411')?.itemStyle.borderWidth).toBe(3);
    expect(option.geo.nameProperty).toBe('code');
  });

  it('projects through the d3 adapter and round-trips', () => {
    const { project, unproject } = input.projection;
    const back = unproject(project([120.75, 30.77]));
    expect(back[0]).toBeCloseTo(120.75, 6);
    expect(back[1]).toBeCloseTo(30.77, 6);
  });

  it('escapes names in tooltips for districts and points; labels stay plain text', () => {
    const option = districtMapOption({
      ...input,
      districts: [{ code: 'x', name: '<b>x</b>' }],
      values: { x: 5 },
    });
    expect(option.geo.tooltip.formatter({ name: 'x' })).toBe('&lt;b&gt;x&lt;/b&gt;: 5件');
    expect(option.tooltip.formatter({ data: { name: '<i>' } })).toBe('&lt;i&gt;');
    expect(option.geo.label.formatter({ name: 'x' })).toBe('<b>x</b>');
    expect(option.series[0]?.data[0]).toMatchObject({ symbol: 'triangle', value: [120.7, 30.8] });
  });

  it('tables every district with its class range or no data', () => {
    const table = districtTable(input);
    expect(table.rows).toHaveLength(7);
    expect(table.rows[0]?.[2]).toBe('无数据');
    expect(table.columns).toEqual(['区县', '数值 (件)', '分级']);
  });
});

describe('labelWorthy', () => {
  it('labels the big districts and leaves packed small ones to tooltips', () => {
    const hangzhou = JSON.parse(
      readFileSync(new URL('../../../data/geo/hangzhou.geojson', import.meta.url), 'utf8'),
    ) as AreaCollection;
    const coded = withCodes(hangzhou);
    const codes = coded.features.map((f) => String(f.properties?.code));
    const worthy = labelWorthy(coded, codes, mapProjection(coded));
    const name = (code: string) => districtsOf(hangzhou).find((d) => d.code === code)?.name;
    const labelled = [...worthy].map(name);
    expect(labelled).toContain('淳安县');
    expect(labelled).toContain('萧山区');
    // 上城区 and 下城区 are a few km across inside a 200 km map.
    expect(labelled).not.toContain('上城区');
    expect(labelled).not.toContain('下城区');
    // A single district always carries its label.
    const one = withCodes(hangzhou, new Set(['330102']));
    expect(labelWorthy(one, ['330102'], mapProjection(one)).has('330102')).toBe(true);
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
