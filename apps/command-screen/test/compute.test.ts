import { describe, expect, it } from 'vitest';
import { casesByHour, casesByType, dissuasionTotals } from '../src/compute/antifraud.js';
import { countBy, stationDensity } from '../src/compute/fire.js';
import {
  type HotlineCaseLike,
  latestCases,
  receivedHeat,
  reminderRate,
  stageFigures,
  supervisionCounts,
} from '../src/compute/hotline.js';
import { backlogByLevel, countsByName, zeroAccusationShare } from '../src/compute/petitions.js';
import { scopeName, selectPlaced } from '../src/compute/selection.js';
import { shanghaiHourWeekday } from '../src/compute/shanghai-time.js';
import { changePercent, latestYearChange, monthlySeries } from '../src/compute/yearly.js';

const xs = { district: '330109', districtName: '萧山区' };
const fy = { district: '330111', districtName: '富阳区' };

describe('selection', () => {
  const rows = [
    { ...xs, v: 1 },
    { ...fy, v: 2 },
    { ...xs, town: '330109101', townName: '进化镇', v: 3 },
  ];
  it('counts each place once: town rows are left out where their district has its own rows', () => {
    expect(selectPlaced(rows, { district: null }).map((r) => r.v)).toEqual([1, 2]);
    expect(selectPlaced(rows, { district: '330111' }).map((r) => r.v)).toEqual([2]);
    expect(selectPlaced(rows, { district: '330109' }).map((r) => r.v)).toEqual([1]);
    // A district published only town by town is summed from its towns.
    expect(selectPlaced(rows.slice(1), { district: '330109' }).map((r) => r.v)).toEqual([3]);
  });
  it('falls back to the configured scope only when nothing is selected', () => {
    expect(selectPlaced(rows, { district: null }, { town: '330109101' }).map((r) => r.v)).toEqual([
      3,
    ]);
    expect(selectPlaced(rows, { district: null }, { district: '330111' }).map((r) => r.v)).toEqual([
      2,
    ]);
    expect(
      selectPlaced(rows, { district: '330109' }, { district: '330111' }).map((r) => r.v),
    ).toEqual([1]);
  });
  it('names a shared scope and refuses to name a mixed one', () => {
    expect(scopeName(rows.slice(0, 1))).toEqual({ zh: '萧山区', en: 'Xiaoshan' });
    expect(scopeName([rows[2] as (typeof rows)[number]])).toEqual({
      zh: '进化镇',
      en: '进化镇',
    });
    expect(scopeName(rows)).toBeNull();
    expect(scopeName([])).toBeNull();
  });
});

describe('yearly', () => {
  const monthly = [
    { month: '2020-01', n: 250 },
    { month: '2020-07', n: 250 },
    { month: '2021-03', n: 432 },
  ];
  it('gives the latest year and its change against the year before', () => {
    const r = latestYearChange(monthly, (m) => m.n);
    expect(r).toMatchObject({ year: 2021, total: 432, previous: 500 });
    expect(r?.changePercent).toBeCloseTo(-13.6, 10);
  });
  it('has no change without a previous year or base', () => {
    expect(latestYearChange([{ month: '2021-01', n: 3 }], (m) => m.n)?.changePercent).toBeNull();
    expect(changePercent(5, 0)).toBeNull();
    expect(latestYearChange([], (m: { month: string }) => m.month.length)).toBeNull();
  });
  it('lays a year out as twelve months', () => {
    expect(monthlySeries(monthly, 2020, (m) => m.n)).toEqual([
      250, 0, 0, 0, 0, 0, 250, 0, 0, 0, 0, 0,
    ]);
  });
});

describe('Shanghai time', () => {
  it('reads hour and weekday at +08:00 whatever the machine zone', () => {
    // 2022-12-31 (a Saturday) 23:30 in Shanghai is 15:30 UTC.
    expect(shanghaiHourWeekday(Date.parse('2022-12-31T15:30:00Z'))).toEqual({
      hour: 23,
      weekday: 5,
    });
    expect(shanghaiHourWeekday(Date.parse('2023-01-01T16:05:00Z'))).toEqual({
      hour: 0,
      weekday: 0,
    });
  });
});

describe('hotline', () => {
  const base = { ...xs, category: 'c' };
  const cases: HotlineCaseLike[] = [
    {
      ...base,
      id: 'a',
      stage: 'followedUp',
      reminded: true,
      supervision: 'green',
      times: {
        received: '2022-12-01T09:00:00+08:00',
        assigned: '2022-12-01T10:00:00+08:00',
        handled: '2022-12-02T10:00:00+08:00',
        closureReviewed: '2022-12-03T10:00:00+08:00',
        followedUp: '2022-12-04T10:00:00+08:00',
      },
    },
    {
      ...base,
      id: 'b',
      stage: 'assigned',
      reminded: false,
      supervision: 'red',
      times: { received: '2022-12-05T09:00:00+08:00', assigned: '2022-12-05T12:00:00+08:00' },
    },
    {
      ...base,
      id: 'c',
      stage: 'received',
      reminded: false,
      supervision: 'yellow',
      times: { received: '2022-12-05T08:00:00+08:00' },
    },
  ];
  it('counts reached and current cases and mean dwell per stage', () => {
    const f = stageFigures(cases);
    expect(f.map((s) => s.reached)).toEqual([3, 2, 1, 1, 1]);
    expect(f.map((s) => s.current)).toEqual([1, 1, 0, 0, 1]);
    expect(f[0]?.meanDwellMs).toBe(2 * 3_600_000); // (1 h + 3 h) / 2
    expect(f[4]?.meanDwellMs).toBeNull();
  });
  it('computes the reminder rate and the three colours', () => {
    expect(reminderRate(cases)).toBeCloseTo(100 / 3, 10);
    expect(reminderRate([])).toBeNull();
    expect(supervisionCounts(cases)).toEqual({ red: 1, yellow: 1, green: 1 });
  });
  it('lists the newest first and maps receipts onto weekday × hour', () => {
    expect(latestCases(cases, 2).map((c) => c.id)).toEqual(['b', 'c']);
    const heat = receivedHeat(cases);
    expect(heat[3]?.[9]).toBe(1); // 2022-12-01 is a Thursday
    expect(heat[0]?.[9]).toBe(1); // 2022-12-05 is a Monday
    expect(heat[0]?.[8]).toBe(1);
    expect(heat.flat().reduce((a, b) => a + b, 0)).toBe(3);
  });
});

describe('petitions', () => {
  it('sums backlog by level and drops empty levels', () => {
    const rows = [
      { ...fy, level: 'national' as const, total: 125, cleared: 125 },
      { ...fy, level: 'provincial' as const, total: 154, cleared: 154 },
      { ...fy, level: 'city' as const, total: 5, cleared: 4 },
    ];
    expect(backlogByLevel(rows).map((l) => [l.level, l.cleared, l.clearedPercent])).toEqual([
      ['national', 125, 100],
      ['provincial', 154, 100],
      ['city', 4, 80],
    ]);
    expect(backlogByLevel(rows.slice(0, 1))).toHaveLength(1);
  });
  it('takes the zero-accusation share of the latest year', () => {
    const rows = [
      { ...xs, year: 2020, villages: 10, zeroAccusation: 1 },
      { ...xs, year: 2021, villages: 500, zeroAccusation: 450 },
      { ...fy, year: 2021, villages: 100, zeroAccusation: 90 },
    ];
    expect(zeroAccusationShare(rows)).toEqual({
      year: 2021,
      villages: 600,
      zero: 540,
      percent: 90,
    });
    expect(zeroAccusationShare([])).toBeNull();
  });
  it('ranks subjects of the latest year', () => {
    const n = (id: string, year: number, count: number) => ({
      ...xs,
      id,
      name: id,
      nameEn: id,
      year,
      count,
    });
    expect(
      countsByName([n('a', 2021, 5), n('b', 2021, 9), n('a', 2021, 6), n('b', 2020, 99)]),
    ).toEqual([
      { id: 'a', name: 'a', nameEn: 'a', value: 11 },
      { id: 'b', name: 'b', nameEn: 'b', value: 9 },
    ]);
  });
});

describe('fire', () => {
  it('shows 542 km² over 23 stations misses the one-per-22 km² target', () => {
    const xz = { district: '330411', districtName: '秀洲区' };
    const stations = Array.from({ length: 23 }, (_, i) => ({
      ...xz,
      id: `s${i}`,
      name: `站${i}`,
      role: 'sub' as const,
      location: [120.7, 30.8] as [number, number],
    }));
    const [d] = stationDensity(stations, [
      { ...xz, radiusKm: 2.66, minutes: 5, targetKm2PerStation: 22, districtAreaKm2: 542 },
    ]);
    expect(d?.km2PerStation).toBeCloseTo(23.565, 3);
    expect(d?.meetsTarget).toBe(false);
    expect(d?.stationsForTarget).toBe(25);
  });
  it('groups counts in the given key order and ignores unknown keys', () => {
    const rows = [
      { k: 'b', n: 2 },
      { k: 'a', n: 1 },
      { k: 'b', n: 3 },
      { k: 'z', n: 9 },
    ];
    expect(
      countBy(
        rows,
        ['a', 'b'] as const,
        (r) => r.k as 'a' | 'b',
        (r) => r.n,
      ),
    ).toEqual([
      { key: 'a', value: 1 },
      { key: 'b', value: 5 },
    ]);
  });
});

describe('antifraud', () => {
  it('totals dissuasions, ranks types and spreads hours of the latest year', () => {
    expect(
      dissuasionTotals([
        { ...xs, month: '2022-01', dissuaded: 9_000, interceptedYuan: 7_000_000 },
        { ...xs, month: '2022-02', dissuaded: 186, interceptedYuan: 176_000 },
      ]),
    ).toEqual({ dissuaded: 9_186, interceptedYuan: 7_176_000 });
    const t = (type: string, year: number, cases: number) => ({
      ...xs,
      type,
      typeName: type,
      typeNameEn: type,
      year,
      cases,
    });
    expect(
      casesByType([t('a', 2022, 1), t('b', 2022, 4), t('a', 2021, 50)]).map((r) => r.type),
    ).toEqual(['b', 'a']);
    const h = casesByHour([
      { ...xs, year: 2022, hour: 21, cases: 7 },
      { ...xs, year: 2021, hour: 21, cases: 100 },
    ]);
    expect(h.year).toBe(2022);
    expect(h.hours[21]).toBe(7);
    expect(h.hours.reduce((a, b) => a + b, 0)).toBe(7);
  });
});
