import { describe, expect, it } from 'vitest';
import { createCoverage, moveStation } from '../src/coverage/model.js';
import type { Station } from '../src/coverage/station.js';
import { coverageSummary } from '../src/coverage/summary.js';
import type { AreaFeature, Position } from '../src/geometry/types.js';
import { county } from './support/layouts.js';

const xiuzhou = county('330411');
const inside: Station = { id: 'in', lon: 120.7, lat: 30.77, radiusKm: 2 };

describe('the per-cell counter', () => {
  it('does not wrap past 65,535 stations on one cell', () => {
    const opts = { cellKm: 0.2 };
    const one = coverageSummary(createCoverage([xiuzhou], [{ ...inside, radiusKm: 0.3 }], opts));
    const crowd = Array.from({ length: 70_000 }, (_, i) => ({
      ...inside,
      id: `s${i}`,
      radiusKm: 0.3,
    }));
    const model = createCoverage([xiuzhou], crowd, opts);
    const many = coverageSummary(model).districts[0];
    // A 16-bit count wrapped to 0 at the 65,536th station and counted its cells covered again.
    expect(many?.coveredKm2).toBeCloseTo(one.districts[0]?.coveredKm2 as number, 9);
    expect(many?.multiKm2).toBeCloseTo(one.districts[0]?.coveredKm2 as number, 9);
    expect(many?.coveredShare).toBeLessThan(0.01);
    expect(Math.max(...(model.rasters[0]?.tally.count ?? []))).toBe(70_000);
  });
});

describe('stations that count for nothing are reported, not dropped silently', () => {
  const cases: [string, Station, string, RegExp, RegExp][] = [
    [
      'given as [lat, lon]',
      { id: 'sw', lon: 30.77, lat: 120.7, radiusKm: 2 },
      'swapped',
      /^station sw: \[30\.77, 120\.7\] looks like \[latitude, longitude\]/,
      /^站点 sw：\[30\.77, 120\.7\] 疑似经纬度颠倒/,
    ],
    [
      'with NaN',
      { id: 'nan', lon: Number.NaN, lat: 30.77, radiusKm: 2 },
      'not-finite',
      /^station nan: position \[NaN, 30\.77\] is not a pair of finite numbers$/,
      /^站点 nan：坐标 \[NaN, 30\.77\] 不是有限数值$/,
    ],
    [
      'with a number as text',
      { id: 'txt', lon: '120.7' as unknown as number, lat: 30.77, radiusKm: 2 },
      'not-finite',
      /not a pair of finite numbers/,
      /不是有限数值/,
    ],
    [
      'out of range',
      { id: 'far', lon: 500, lat: 30.77, radiusKm: 2 },
      'out-of-range',
      /^station far: \[500, 30\.77\] is outside longitude ±180, latitude ±90$/,
      /超出经度 ±180、纬度 ±90 范围$/,
    ],
    [
      'without a reach',
      { id: 'nr', lon: 120.7, lat: 30.77 },
      'no-reach',
      /give radiusKm, or responseMinutes and speedKmh$/,
      /请给出 radiusKm/,
    ],
    [
      'in Beijing',
      { id: 'bj', lon: 116.4, lat: 39.9, radiusKm: 2 },
      'outside',
      /^station bj: \[116\.4, 39\.9\] reaches none of the districts$/,
      /的覆盖范围不触及任何区县$/,
    ],
  ];

  it.each(cases)('a station %s', (_name, bad, code, en, zh) => {
    const alone = coverageSummary(createCoverage([xiuzhou], [inside]));
    const model = createCoverage([xiuzhou], [inside, bad]);
    const summary = coverageSummary(model);
    expect(summary.stationIssues).toHaveLength(1);
    const issue = summary.stationIssues[0];
    expect(issue).toMatchObject({ index: 1, id: bad.id, code });
    expect(issue?.message).toMatch(en);
    expect(issue?.messageZh).toMatch(zh);
    // The good station counts exactly as it does alone.
    expect(summary.total.coveredKm2).toBe(alone.total.coveredKm2);
    expect(summary.total.stations).toBe(1);
  });

  it('a swapped position that stays in range is recognised by where it would land', () => {
    // Where longitude is under 90° both orders are in range: a district near 50° E, 40° N.
    const district: AreaFeature = {
      type: 'Feature',
      id: 'x',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[...square(50, 40, 0.2)].reverse()] },
    };
    const model = createCoverage([district], [{ id: 'q', lon: 40, lat: 50, radiusKm: 2 }]);
    expect(coverageSummary(model).stationIssues.map((i) => i.code)).toEqual(['swapped']);
  });

  it('reports a station moved to a bad position, and counts it again when moved back', () => {
    const model = createCoverage([xiuzhou], [inside, { ...inside, id: 'b', lon: 120.75 }]);
    const before = coverageSummary(model);
    expect(before.stationIssues).toEqual([]);
    moveStation(model, 1, Number.NaN, 30.77);
    const broken = coverageSummary(model);
    expect(broken.stationIssues.map((i) => i.code)).toEqual(['not-finite']);
    expect(broken.total.coveredKm2).toBeLessThan(before.total.coveredKm2);
    moveStation(model, 1, 120.75, 30.77);
    const after = coverageSummary(model);
    expect(after.stationIssues).toEqual([]);
    expect(after.total.coveredKm2).toBe(before.total.coveredKm2);
  });
});

/** A square ring of `side` degrees around (lon, lat), counter-clockwise, closed. */
const square = (lon: number, lat: number, side: number): Position[] => [
  [lon - side / 2, lat - side / 2],
  [lon + side / 2, lat - side / 2],
  [lon + side / 2, lat + side / 2],
  [lon - side / 2, lat + side / 2],
  [lon - side / 2, lat - side / 2],
];

describe('district areas', () => {
  const exterior = (
    xiuzhou.geometry.type === 'Polygon'
      ? xiuzhou.geometry.coordinates[0]
      : xiuzhou.geometry.coordinates[0]?.[0]
  ) as Position[];
  const withHole = (hole: Position[]): AreaFeature => ({
    type: 'Feature',
    id: 'holed',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [exterior, hole] },
  });
  const hole = square(120.7, 30.77, 0.04);
  const reversed = [...hole].reverse();
  const ccw = (ring: Position[]) =>
    ring.slice(1).reduce((a, p, i) => {
      const q = ring[i] as Position;
      return a + ((q[0] as number) * (p[1] as number) - (p[0] as number) * (q[1] as number));
    }, 0) > 0;

  it('takes a hole away whichever way it is wound', () => {
    const plain = createCoverage(
      [{ ...xiuzhou, geometry: { type: 'Polygon', coordinates: [exterior] } }],
      [inside],
    );
    const full = plain.region.districts[0]?.areaKm2 as number;
    // The bundled exterior runs clockwise (d3); one hole runs each way.
    expect(ccw(exterior)).toBe(false);
    expect(ccw(hole)).toBe(true);
    const opposite = createCoverage([withHole(hole)], [inside]);
    const same = createCoverage([withHole(reversed)], [inside]);
    const a = opposite.region.districts[0]?.areaKm2 as number;
    const b = same.region.districts[0]?.areaKm2 as number;
    expect(a).toBeLessThan(full - 15);
    expect(b).toBeCloseTo(a, 9);
    const [x, y] = [coverageSummary(same).total, coverageSummary(opposite).total];
    expect(x.coveredShare).toBe(y.coveredShare);
    expect(x.coveredKm2).toBeCloseTo(y.coveredKm2, 9);
  });

  it('refuses districts it cannot count, with the pointer of each fault', () => {
    const broken = exterior.map((p, i) => (i === 5 ? [p[0] as number, Number.NaN] : p));
    const open = exterior.slice(0, -1);
    let caught: unknown;
    try {
      createCoverage(
        [
          { ...xiuzhou, geometry: { type: 'Polygon', coordinates: [broken] } },
          { ...xiuzhou, geometry: { type: 'Polygon', coordinates: [open] } },
        ],
        [inside],
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RangeError);
    const issues = (caught as { issues: { pointer: string; code: string }[] }).issues;
    expect(issues.map((i) => [i.pointer, i.code])).toEqual([
      ['/0/geometry/coordinates/0/5/1', 'not-finite'],
      ['/1/geometry/coordinates/0', 'open-ring'],
    ]);
    expect((caught as Error).message).toMatch(/^createCoverage: bad districts: \/0\/geometry/);
  });
});
