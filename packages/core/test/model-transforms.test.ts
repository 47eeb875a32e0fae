import { describe, expect, it } from 'vitest';
import type { FieldDecl } from '../src/feeds/fields/types.js';
import { type Frame, tableFrame } from '../src/model/frame.js';
import { change } from '../src/model/transforms/change.js';
import { derive } from '../src/model/transforms/derive.js';
import { filter } from '../src/model/transforms/filter.js';
import { group } from '../src/model/transforms/group.js';
import { join } from '../src/model/transforms/join.js';
import { sort, top } from '../src/model/transforms/order.js';
import { pivot } from '../src/model/transforms/pivot.js';

// Each transform alone, on small frames whose answers can be worked out by hand.

const fields: FieldDecl[] = [
  { name: 'district', type: 'place', nameField: 'districtName' },
  { name: 'districtName', type: 'string' },
  { name: 'town', type: 'place', optional: true },
  { name: 'month', type: 'month' },
  { name: 'n', type: 'integer', unit: { 'zh-CN': '件', en: 'cases' } },
  { name: 'kind', type: 'category', values: ['a', 'b'] },
];

const rows = [
  { district: '330109', districtName: '萧山区', month: '2021-01', n: 10, kind: 'a' },
  { district: '330109', districtName: '萧山区', month: '2022-01', n: 8, kind: 'a' },
  { district: '330109', districtName: '萧山区', month: '2022-02', n: 4, kind: 'b' },
  // A town row breaking down the district row of the same month.
  {
    district: '330109',
    districtName: '萧山区',
    town: '330109001',
    month: '2022-01',
    n: 3,
    kind: 'a',
  },
  { district: '330111', districtName: '富阳区', month: '2022-01', n: 5, kind: 'b' },
];

const frame: Frame = tableFrame(fields, rows);
const ns = (f: Frame) => f.rows.map((r) => r.n);

describe('filter', () => {
  it('compares a field', () => {
    expect(ns(filter.run({ field: 'n', gte: 5 }, frame, {}))).toEqual([10, 8, 5]);
    expect(ns(filter.run({ field: 'kind', in: ['b'] }, frame, {}))).toEqual([4, 5]);
    expect(ns(filter.run({ field: 'town', present: true }, frame, {}))).toEqual([3]);
  });

  it('takes the selected place with its towns, each place counted once', () => {
    const f = filter.run({ place: 'selected' }, frame, { place: '330109' });
    expect(ns(f)).toEqual([10, 8, 4]);
    expect(f.place).toBe('330109');
    expect(f.placeName).toEqual({ 'zh-CN': '萧山区', en: 'Xiaoshan' });
    expect(
      ns(filter.run({ place: 'selected', breakdowns: 'keep' }, frame, { place: '330109' })),
    ).toEqual([10, 8, 4, 3]);
    expect(ns(filter.run({ place: 'selected' }, frame, { place: '330109001' }))).toEqual([3]);
  });

  it('uses `otherwise` when nothing is selected, and everything without it', () => {
    expect(ns(filter.run({ place: 'selected', otherwise: '330111' }, frame, {}))).toEqual([5]);
    expect(ns(filter.run({ place: 'selected' }, frame, {}))).toEqual([10, 8, 4, 5]);
  });

  it('keeps records overlapping the screen period, or the latest year', () => {
    const f = filter.run({ period: 'screen' }, frame, { period: '2022-01' });
    expect(ns(f)).toEqual([8, 3, 5]);
    expect(f.period).toBe('2022-01');
    expect(ns(filter.run({ period: '2021' }, frame, {}))).toEqual([10]);
    expect(filter.run({ period: 'latest' }, frame, {}).period).toBe('2022');
    expect(filter.run({ period: 'latest', unit: 'month' }, frame, {}).period).toBe('2022-02');
    expect(ns(filter.run({ period: 'screen' }, frame, { period: '2022-Q1' }))).toEqual([
      8, 4, 3, 5,
    ]);
  });
});

describe('group', () => {
  it('sums by keys, carrying a place name, in first-seen order of dates', () => {
    const f = group.run(
      { by: ['district'], aggregate: { n: 'sum' } },
      filter.run({ place: 'any' }, frame, {}),
      {},
    );
    expect(f.rows).toEqual([
      { district: '330109', districtName: '萧山区', n: 22 },
      { district: '330111', districtName: '富阳区', n: 5 },
    ]);
    expect(f.fields.map((x) => x.name)).toEqual(['district', 'districtName', 'n']);
    expect(f.fields[2]?.unit).toEqual({ 'zh-CN': '件', en: 'cases' });
  });

  it("truncates dates to a unit, or to the screen period's unit", () => {
    const byYear = group.run(
      { by: [{ field: 'month', unit: 'year' }], aggregate: { n: 'sum' } },
      frame,
      {},
    );
    expect(byYear.rows).toEqual([
      { month: 2021, n: 10 },
      { month: 2022, n: 20 },
    ]);
    expect(byYear.fields[0]?.type).toBe('year');
    const byQ = group.run(
      { by: [{ field: 'month', unit: 'screen' }], aggregate: { n: 'sum' } },
      frame,
      { period: '2022-Q1' },
    );
    expect(byQ.rows.map((r) => r.month)).toEqual(['2021-Q1', '2022-Q1']);
  });

  it('counts, averages, finds extremes and the last value in date order', () => {
    const f = group.run(
      {
        by: [],
        aggregate: {
          rows: 'count',
          mean: { op: 'mean', field: 'n' },
          lo: { op: 'min', field: 'n' },
          hi: { op: 'max', field: 'n' },
          last: { op: 'last', field: 'n' },
        },
      },
      frame,
      {},
    );
    expect(f.rows).toEqual([{ rows: 5, mean: 6, lo: 3, hi: 10, last: 4 }]);
  });

  it('grouping nothing gives one row: a count of 0 and no sum', () => {
    const empty = { ...frame, rows: [] };
    expect(
      group.run({ by: [], aggregate: { c: 'count', s: { op: 'sum', field: 'n' } } }, empty, {})
        .rows,
    ).toEqual([{ c: 0, s: null }]);
  });
});

describe('derive, change, join, sort, top, pivot', () => {
  it('derives shares, ratios, differences and totals', () => {
    const f = derive.run(
      { as: 'share', share: 'n' },
      filter.run({ field: 'month', eq: '2022-01' }, frame, {}),
      {},
    );
    expect(f.rows.map((r) => Math.round(r.share as number))).toEqual([50, 19, 31]);
    const r = derive.run({ as: 'r', ratio: ['n', 'n'], percent: true }, frame, {});
    expect(r.rows[0]?.r).toBe(100);
    const d = derive.run({ as: 'd', difference: ['n', 'n'] }, frame, {});
    expect(d.rows[0]?.d).toBe(0);
  });

  it('derives the Shanghai hour and weekday of a time', () => {
    const times = tableFrame([{ name: 't', type: 'datetime' }], [{ t: '2022-12-31T23:30:00Z' }]);
    const f = derive.run(
      { as: 'wd', weekday: 't' },
      derive.run({ as: 'h', hour: 't' }, times, {}),
      {},
    );
    // 23:30 UTC on Saturday 31 December is 07:30 on Sunday 1 January in Shanghai.
    expect(f.rows[0]).toMatchObject({ h: 7, wd: 'sun' });
  });

  it('reads no dates to count or sum into one group, and does to pick the last', () => {
    let reads = 0;
    const counted = (month: string, n: number) => {
      const row = { n } as Record<string, unknown>;
      Object.defineProperty(row, 'month', {
        enumerable: true,
        get: () => {
          reads += 1;
          return month;
        },
      });
      return row;
    };
    const dated = tableFrame(
      [
        { name: 'month', type: 'month' },
        { name: 'n', type: 'integer' },
      ],
      [counted('2022-02', 4), counted('2022-01', 10)],
    );
    const totals = group.run({ by: [], aggregate: { n: 'sum', rows: 'count' } }, dated, {});
    expect(totals.rows).toEqual([{ n: 14, rows: 2 }]);
    expect(reads).toBe(0);
    // The last of the period is the February row, though it comes first.
    const last = group.run({ by: [], aggregate: { n: 'last' } }, dated, {});
    expect(last.rows).toEqual([{ n: 4 }]);
    expect(reads).toBeGreaterThan(0);
  });

  it('keeps the derived row of a row it derived before, except for shares', () => {
    const hour = { as: 'h', hour: 't' };
    const share = { as: 's', share: 'n' };
    const decl: FieldDecl[] = [
      { name: 't', type: 'datetime' },
      { name: 'n', type: 'integer' },
    ];
    const kept = { t: '2022-12-31T23:30:00Z', n: 1 };
    const first = tableFrame(decl, [kept, { t: '2022-12-31T01:00:00Z', n: 3 }]);
    // The next value of the feed keeps one row and brings a new one.
    const next = tableFrame(decl, [kept, { t: '2022-12-31T02:00:00Z', n: 1 }]);
    const a = derive.run(hour, first, {});
    const b = derive.run(hour, next, {});
    expect(b.rows[0]).toBe(a.rows[0]);
    expect(b.rows[1]).toMatchObject({ h: 10 });
    // A share depends on the other rows: 1 of 4, then 1 of 2.
    expect(derive.run(share, first, {}).rows[0]?.s).toBe(25);
    expect(derive.run(share, next, {}).rows[0]?.s).toBe(50);
  });

  it('finds the same month a year earlier, keyed by the other fields', () => {
    const monthly = group.run(
      { by: ['district', 'month'], aggregate: { n: 'sum' } },
      filter.run({ place: 'any' }, frame, {}),
      {},
    );
    const f = change.run({ field: 'n', against: 'yearAgo' }, monthly, {});
    const jan = f.rows.find((r) => r.district === '330109' && r.month === '2022-01');
    expect(jan).toMatchObject({ nPrevious: 10, nChange: -20 });
    expect(f.rows.find((r) => r.district === '330111')?.nChange).toBeNull();
    expect(f.comparison).toBe('yearAgo');
    const prev = change.run({ field: 'n', against: 'previous' }, monthly, {});
    expect(prev.rows.find((r) => r.district === '330109' && r.month === '2022-02')).toMatchObject({
      nPrevious: 8,
      nChange: -50,
    });
  });

  it('looks values up in another table of the feed', () => {
    const names = tableFrame(
      [
        { name: 'id', type: 'string' },
        { name: 'label', type: 'string' },
      ],
      [{ id: 'a', label: 'Alpha' }],
    );
    const f = join.run(
      { table: 'names', on: 'kind', key: 'id', fields: { kindLabel: 'label' } },
      frame,
      { table: () => names },
    );
    expect(f.rows.map((r) => r.kindLabel)).toEqual(['Alpha', 'Alpha', null, 'Alpha', null]);
  });

  it('sorts (missing values last), keeps the top n, and pivots', () => {
    expect(ns(top.run(2, sort.run({ field: 'n', order: 'desc' }, frame, {}), {}))).toEqual([10, 8]);
    expect(ns(sort.run({ field: 'n', order: 'asc' }, frame, {}))).toEqual([3, 4, 5, 8, 10]);
    const p = pivot.run({ row: 'district', column: 'kind', value: 'n' }, frame, {});
    expect(p.rows).toEqual([
      { district: '330109', a: 21, b: 4 },
      { district: '330111', b: 5 },
    ]);
    expect(p.fields.map((f) => f.name)).toEqual(['district', 'a', 'b']);
  });
});
