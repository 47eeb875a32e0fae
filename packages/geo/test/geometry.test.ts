import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { townsFrom } from '../scripts/towns.js';
import { cleanRing } from '../src/geometry/clean-ring.js';
import { rewindGeometry, rewindPolygon } from '../src/geometry/rewind.js';
import { ringSignedArea2 } from '../src/geometry/ring-area.js';

const square = [
  [120, 30],
  [120.1, 30],
  [120.1, 30.1],
  [120, 30.1],
  [120, 30],
];

describe('ring helpers', () => {
  it('ringSignedArea2 is positive counter-clockwise, twice the area', () => {
    expect(ringSignedArea2(square)).toBeCloseTo(2 * 0.01, 12);
    expect(ringSignedArea2([...square].reverse())).toBeCloseTo(-2 * 0.01, 12);
  });

  it('cleanRing rounds, drops repeated vertices and closes the ring', () => {
    const raw = [
      [120.0000001, 30],
      [120, 30.0000004],
      [120.1, 30],
      [120.1, 30.1],
      [120, 30.1],
    ];
    expect(cleanRing(raw)).toEqual(square);
  });

  it('rewindPolygon winds exteriors clockwise for d3 and counter-clockwise for RFC 7946', () => {
    const hole = [
      [120.02, 30.02],
      [120.04, 30.02],
      [120.04, 30.04],
      [120.02, 30.04],
      [120.02, 30.02],
    ];
    for (const input of [
      [square, hole],
      [[...square].reverse(), [...hole].reverse()],
    ]) {
      const d3 = rewindPolygon(input);
      expect(ringSignedArea2(d3[0] ?? [])).toBeLessThan(0);
      expect(ringSignedArea2(d3[1] ?? [])).toBeGreaterThan(0);
      // d3 then measures the square minus the hole, not the rest of the globe.
      const sr = geoArea({ type: 'Polygon', coordinates: d3 } as never);
      expect(sr * 6371.0088 ** 2).toBeCloseTo(
        0.96 * 111.2 * 111.2 * 0.1 * 0.1 * Math.cos((30.05 * Math.PI) / 180),
        -1,
      );
      const rfc = rewindPolygon(input, 'rfc7946');
      expect(ringSignedArea2(rfc[0] ?? [])).toBeGreaterThan(0);
      expect(ringSignedArea2(rfc[1] ?? [])).toBeLessThan(0);
    }
    const multi = rewindGeometry({ type: 'MultiPolygon', coordinates: [[square], [square]] });
    expect(multi.coordinates.every((p) => ringSignedArea2(p[0] ?? []) < 0)).toBe(true);
  });
});

describe('townsFrom (extraction script)', () => {
  const areas = [
    { code: '330411', name: '秀洲区' },
    { code: '330402', name: '南湖区' },
  ];
  const streets = [
    { code: '330411105', name: '王店镇', areaCode: '330411' },
    { code: '330402013', name: '东栅街道', areaCode: '330402' },
    { code: '330411101', name: '王江泾镇', areaCode: '330411' },
    { code: '330482001', name: '当湖街道', areaCode: '330482' },
  ];
  it('keeps the asked districts’ towns in code order, with their district', () => {
    const out = townsFrom(streets, areas, ['330411', '330402']);
    expect(out.towns.map((t) => t.code)).toEqual(['330402013', '330411101', '330411105']);
    expect(out.towns[1]).toEqual({ code: '330411101', name: '王江泾镇', adcode: '330411' });
    expect(out.districts).toEqual([
      { adcode: '330411', name: '秀洲区' },
      { adcode: '330402', name: '南湖区' },
    ]);
  });
  it('refuses a district the source does not know', () => {
    expect(() => townsFrom(streets, areas, ['330113'])).toThrow(/330113/);
  });
});
