import { describe, expect, it } from 'vitest';
import {
  type AreaFeature,
  drillIndex,
  drillUp,
  drillView,
  featureCode,
  pointsInView,
} from '../src/api.js';

// A map's drill-down follows from the selected place alone: which layer it shows, which area
// is selected and the breadcrumb back up.

const square = (id: string, name?: string): AreaFeature => ({
  type: 'Feature',
  id,
  properties: name ? { name } : {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [0, 1],
        [1, 1],
        [1, 0],
        [0, 0],
      ],
    ],
  },
});

const districts = [
  square('330411', '秀洲区'),
  square('330402', '南湖区'),
  square('330109', '萧山区'),
];
const towns = [
  square('330411101', '王江泾镇'),
  square('330411104', '新塍镇'),
  square('330109001', '城厢街道'),
];
const zones = [
  square('330411101-G01', '第1网格'),
  square('330411101-G02'),
  // A functional area straight under a district whose towns the layer lacks.
  square('330402-P1', '南湖科创园'),
];
const index = drillIndex([
  { level: 'district', features: districts },
  { level: 'town', features: towns },
  { level: 'grid', features: zones },
]);
const codes = (view: { features: readonly AreaFeature[] }) => view.features.map(featureCode);

describe('drillView', () => {
  it('shows the districts with nothing selected at the top', () => {
    const v = drillView(index, undefined);
    expect(v).toMatchObject({ parent: null, depth: 0, trail: [], selected: null });
    expect(codes(v)).toEqual(['330411', '330402', '330109']);
  });

  it('opens a district with towns into its towns, and only its own', () => {
    const v = drillView(index, '330411');
    expect(v.parent).toBe('330411');
    expect(v.depth).toBe(1);
    expect(codes(v)).toEqual(['330411101', '330411104']);
    expect(v.trail).toEqual([{ code: '330411', name: '秀洲区', level: 'district' }]);
    expect(v.selected).toBeNull();
    expect(drillUp(v)).toBeUndefined();
  });

  it('shows a town without zones selected among its siblings', () => {
    const v = drillView(index, '330411104');
    expect(v.parent).toBe('330411');
    expect(codes(v)).toEqual(['330411101', '330411104']);
    expect(v.selected).toBe('330411104');
  });

  it('opens a town with zones into them, with the trail back through its district', () => {
    const v = drillView(index, '330411101');
    expect(v.parent).toBe('330411101');
    expect(v.depth).toBe(2);
    expect(codes(v)).toEqual(['330411101-G01', '330411101-G02']);
    expect(v.trail.map((s) => s.name)).toEqual(['秀洲区', '王江泾镇']);
    expect(drillUp(v)).toBe('330411');
    const zone = drillView(index, '330411101-G02');
    expect(zone.selected).toBe('330411101-G02');
    expect(zone.parent).toBe('330411101');
  });

  it('takes zones straight under a district whose towns are missing from the town layer', () => {
    const v = drillView(index, '330402');
    expect(v.depth).toBe(2);
    expect(codes(v)).toEqual(['330402-P1']);
  });

  it('keeps a district without parts selected at the top', () => {
    const v = drillView(index, '330109');
    // 萧山 has a town in the layer: it opens. A district with none stays at the top, selected.
    expect(v.parent).toBe('330109');
    const flat = drillIndex([{ level: 'district', features: districts }]);
    expect(drillView(flat, '330411')).toMatchObject({ parent: null, selected: '330411' });
  });

  it('shows the nearest known ancestor’s parts for a code no layer holds', () => {
    const v = drillView(index, '330411105');
    expect(v.parent).toBe('330411');
    expect(v.selected).toBeNull();
    const unknown = drillView(index, '330113');
    expect(unknown).toMatchObject({ parent: null, depth: 0, selected: null });
  });

  it('names a place by its code when its feature has no name', () => {
    const v = drillView(index, '330411101-G02');
    expect(v.trail.at(-1)).toEqual({ code: '330411101', name: '王江泾镇', level: 'town' });
    expect(
      drillView(drillIndex([{ level: 'grid', features: [square('330411101-G02')] }]), undefined)
        .features,
    ).toHaveLength(1);
  });
});

describe('pointsInView', () => {
  // Unit squares: 330411101 is the square [0,1]×[0,1] in the fixture above.
  const inside = { id: 'a', lon: 0.5, lat: 0.5, place: '330411' };
  const outside = { id: 'b', lon: 5, lat: 5, place: '330411' };
  const town = { id: 'c', lon: 9, lat: 9, place: '330411104' };
  const elsewhere = { id: 'd', lon: 0.5, lat: 0.5, place: '330109' };
  const unplaced = { id: 'e', lon: 0.5, lat: 0.5 };
  const all = [inside, outside, town, elsewhere, unplaced];

  it('keeps every point at the top', () => {
    expect(pointsInView(drillView(index, undefined), all)).toEqual(all);
  });

  it('inside a district: its own points, and no other district’s', () => {
    const ids = pointsInView(drillView(index, '330411'), all).map((p) => p.id);
    expect(ids).toEqual(['a', 'b', 'c', 'e']);
  });

  it('inside a town: its own points, and district-level points that lie in what is shown', () => {
    const ids = pointsInView(drillView(index, '330411101'), all).map((p) => p.id);
    // a lies in the (unit square) zones shown; b is its district's but far outside; c is another town's.
    expect(ids).toEqual(['a', 'e']);
  });
});
