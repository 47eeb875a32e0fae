import { districtByCode } from '@onescreen/core';
import { z } from 'zod';
import {
  casesByHour,
  casesByType,
  type FraudHourLike,
  type FraudTypeLike,
} from '../compute/antifraud.js';
import { countBy, type ResponseLike, type StationLike, stationDensity } from '../compute/fire.js';
import {
  type HotlineCaseLike,
  latestCases,
  receivedHeat,
  reminderRate,
  stageFigures,
  supervisionCounts,
} from '../compute/hotline.js';
import {
  type BacklogLike,
  backlogByLevel,
  countsByName,
  type NamedCountLike,
  type ZeroAccusationLike,
  zeroAccusationShare,
} from '../compute/petitions.js';
import { type Placed, scopeName, selectPlaced } from '../compute/selection.js';
import { asArray, asObject, defineAdapter } from './adapter.js';
import { bilingual } from './common.js';
import type { Bilingual } from './views.js';

const percentUnit: Bilingual = { zh: '%', en: '%' };
const casesUnit: Bilingual = { zh: '件', en: 'cases' };
const none = z.object({}).strict().default({});

/** Share of villages with no accusation-type petition (无检控信访村社). */
export const zeroAccusation = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    const records = selectPlaced(asArray<ZeroAccusationLike>(data, 'village counts'), selection);
    const r = zeroAccusationShare(records);
    const scope = scopeName(records);
    return {
      kind: 'kpi',
      value: r?.percent ?? null,
      unit: percentUnit,
      precision: 1,
      ...(r
        ? {
            period: {
              zh: `${r.year}年 ${r.zero}/${r.villages} 村社`,
              en: `${r.year}, ${r.zero} of ${r.villages}`,
            },
          }
        : {}),
      ...(scope ? { scope } : {}),
      good: 'up',
    };
  },
});

const levelNames: Record<'national' | 'provincial' | 'city', Bilingual> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  city: { zh: '市级', en: 'City' },
};

/** Backlog cases (积案) cleared, by level. */
export const backlog = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    const levels = backlogByLevel(
      selectPlaced(asArray<BacklogLike>(data, 'backlog records'), selection),
    );
    return {
      kind: 'parts',
      unit: casesUnit,
      items: levels.map((l) => ({
        id: l.level,
        name: levelNames[l.level],
        value: l.cleared,
        total: l.total,
      })),
    };
  },
});

/** Counts by subject or channel in the latest year. */
export const namedCounts = defineAdapter({
  options: z
    .object({ unit: bilingual.default(casesUnit), top: z.number().int().min(1).max(20).default(8) })
    .strict()
    .default({ unit: casesUnit, top: 8 }),
  filtered: true,
  run(data, o, { selection }) {
    const rows = countsByName(
      selectPlaced(asArray<NamedCountLike>(data, 'named counts'), selection),
    );
    return {
      kind: 'parts',
      unit: o.unit,
      items: rows
        .slice(0, o.top)
        .map((r) => ({ id: r.id, name: { zh: r.name, en: r.nameEn }, value: r.value })),
    };
  },
});

const stageNames: Record<string, Bilingual> = {
  received: { zh: '签收', en: 'Received' },
  assigned: { zh: '审核交办', en: 'Assigned' },
  handled: { zh: '审核办理', en: 'Handled' },
  closureReviewed: { zh: '办结审核', en: 'Closure review' },
  followedUp: { zh: '回访反馈', en: 'Follow-up' },
};

/** The five-stage 12345 workflow. */
export const hotlineStages = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    const cases = selectPlaced(asArray<HotlineCaseLike>(data, '12345 cases'), selection);
    return {
      kind: 'stages',
      stages: stageFigures(cases).map((s) => ({
        id: s.stage,
        name: stageNames[s.stage] ?? { zh: s.stage, en: s.stage },
        reached: s.reached,
        current: s.current,
        meanDwellMs: s.meanDwellMs,
      })),
    };
  },
});

/** 催办率: share of cases that needed a reminder. */
export const hotlineReminderRate = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    const cases = selectPlaced(asArray<HotlineCaseLike>(data, '12345 cases'), selection);
    return {
      kind: 'kpi',
      value: reminderRate(cases),
      unit: percentUnit,
      precision: 2,
      good: 'down',
    };
  },
});

/** 红黄绿 supervision counts. */
export const hotlineSupervision = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    const c = supervisionCounts(
      selectPlaced(asArray<HotlineCaseLike>(data, '12345 cases'), selection),
    );
    return { kind: 'lights', ...c };
  },
});

/** The latest 12345 cases for the scrolling board. */
export const hotlineLatest = defineAdapter({
  options: z
    .object({ rows: z.number().int().min(1).max(200).default(40) })
    .strict()
    .default({ rows: 40 }),
  filtered: true,
  run(data, o, { selection }) {
    const doc = asObject<{ cases: unknown; categories?: unknown }>(data, 'the hotline data');
    const cases = selectPlaced(asArray<HotlineCaseLike>(doc.cases, '12345 cases'), selection);
    const categories = new Map(
      asArray<{ id: string; name: string; nameEn: string }>(doc.categories ?? [], 'categories').map(
        (c) => [c.id, c],
      ),
    );
    return {
      kind: 'rows',
      columns: [
        { id: 'time', name: { zh: '时间', en: 'Time' } },
        { id: 'place', name: { zh: '镇街', en: 'Town' } },
        { id: 'category', name: { zh: '类别', en: 'Category' } },
        { id: 'stage', name: { zh: '环节', en: 'Stage' } },
      ],
      rows: latestCases(cases, o.rows).map((c) => {
        const category = categories.get(c.category);
        const stage = stageNames[c.stage] ?? { zh: c.stage, en: c.stage };
        return {
          id: c.id,
          tone: c.supervision,
          cells: {
            // Times in feeds carry their offset; the screen shows Shanghai wall time.
            time: shanghaiShort(c.times.received),
            place: c.townName ?? c.districtName,
            'category.zh': category?.name ?? c.category,
            'category.en': category?.nameEn ?? c.category,
            'stage.zh': stage.zh,
            'stage.en': stage.en,
          },
        };
      }),
    };
  },
});

function shanghaiShort(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

const weekdays: Bilingual[] = [
  { zh: '周一', en: 'Mon' },
  { zh: '周二', en: 'Tue' },
  { zh: '周三', en: 'Wed' },
  { zh: '周四', en: 'Thu' },
  { zh: '周五', en: 'Fri' },
  { zh: '周六', en: 'Sat' },
  { zh: '周日', en: 'Sun' },
];
const hourLabels: Bilingual[] = Array.from({ length: 24 }, (_, h) => ({
  zh: `${h}时`,
  en: `${h}h`,
}));

/** 12345 cases received by weekday and hour. */
export const hotlineHeat = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    const cases = selectPlaced(asArray<HotlineCaseLike>(data, '12345 cases'), selection);
    return {
      kind: 'heat',
      rows: weekdays,
      columns: hourLabels,
      values: receivedHeat(cases),
      unit: casesUnit,
    };
  },
});

/** Stations per district area against the "one per N km²" target. */
export const stationDensityKpi = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    const doc = asObject<{ stations: unknown; response: unknown }>(data, 'the fire data');
    const stations = asArray<StationLike>(doc.stations, 'stations');
    const response = selectPlaced(
      asArray<ResponseLike>(doc.response, 'response standards'),
      selection,
    );
    const rows = stationDensity(stations, response);
    const first = rows[0];
    if (!first || rows.length !== 1) {
      // Several districts: the ratio of sums, against the strictest target.
      const area = rows.reduce((s, r) => s + r.areaKm2, 0);
      const n = rows.reduce((s, r) => s + r.stations, 0);
      const target = Math.min(...rows.map((r) => r.targetKm2PerStation));
      const value = n > 0 ? area / n : null;
      return {
        kind: 'kpi',
        value,
        unit: { zh: 'km²/站', en: 'km²/station' },
        precision: 1,
        good: 'down',
        ...(Number.isFinite(target) && value !== null
          ? {
              target: {
                value: target,
                met: value <= target,
                label: { zh: `目标 ≤${target}`, en: `target ≤${target}` },
              },
            }
          : {}),
      };
    }
    return {
      kind: 'kpi',
      value: first.km2PerStation,
      unit: { zh: 'km²/站', en: 'km²/station' },
      precision: 1,
      good: 'down',
      scope: {
        zh: first.districtName,
        en: districtByCode(first.district)?.nameEn ?? first.districtName,
      },
      target: {
        value: first.targetKm2PerStation,
        met: first.meetsTarget,
        label: {
          zh: `目标 ≤${first.targetKm2PerStation}`,
          en: `target ≤${first.targetKm2PerStation}`,
        },
      },
    };
  },
});

/** Fire stations for the map and the coverage engine. */
export const stations = defineAdapter({
  options: none,
  filtered: false,
  run(data) {
    const doc = asObject<{ stations: unknown; response: unknown }>(data, 'the fire data');
    const list = asArray<StationLike>(doc.stations, 'stations');
    const radiusKm: Record<string, number> = {};
    for (const r of asArray<ResponseLike>(doc.response, 'response standards'))
      radiusKm[r.district] = r.radiusKm;
    return {
      kind: 'stations',
      radiusKm,
      stations: list.map((s) => ({
        id: s.id,
        name: s.name,
        district: s.district,
        role: s.role,
        lon: s.location[0],
        lat: s.location[1],
      })),
    };
  },
});

const hazardNames: Record<'rectified' | 'rectifying' | 'overdue', Bilingual> = {
  rectified: { zh: '已整改', en: 'Fixed' },
  rectifying: { zh: '整改中', en: 'In progress' },
  overdue: { zh: '逾期', en: 'Overdue' },
};

/** Hazards by rectification status. */
export const hazards = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    type H = Placed & { status: 'rectified' | 'rectifying' | 'overdue'; count: number };
    const rows = selectPlaced(asArray<H>(data, 'hazard records'), selection);
    const sums = countBy(
      rows,
      ['rectified', 'rectifying', 'overdue'] as const,
      (r) => r.status,
      (r) => r.count,
    );
    return {
      kind: 'parts',
      unit: { zh: '处', en: 'hazards' },
      items: sums.map((s) => ({ id: s.key, name: hazardNames[s.key], value: s.value })),
    };
  },
});

/** Premises checked over every inspection round. */
export const premisesChecked = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    type R = Placed & {
      round: number;
      rentalHousing: number;
      threeInOne: number;
      highRise: number;
      industrial: number;
    };
    const rows = selectPlaced(asArray<R>(data, 'inspection rounds'), selection);
    const value = rows.reduce(
      (s, r) => s + r.rentalHousing + r.threeInOne + r.highRise + r.industrial,
      0,
    );
    const rounds = new Set(rows.map((r) => r.round)).size;
    return {
      kind: 'kpi',
      value: rows.length > 0 ? value : null,
      unit: { zh: '家', en: 'premises' },
      precision: 0,
      period: { zh: `${rounds} 轮全覆盖检查`, en: `${rounds} inspection rounds` },
    };
  },
});

const sensorNames: Record<'smoke' | 'gas' | 'door' | 'sleepBreathing', Bilingual> = {
  smoke: { zh: '烟感', en: 'Smoke' },
  gas: { zh: '燃气', en: 'Gas' },
  door: { zh: '门磁', en: 'Door' },
  sleepBreathing: { zh: '睡眠呼吸', en: 'Sleep breathing' },
};

/** Home-safety sensor warnings handled, by sensor type. */
export const sensorAlarms = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    type S = Placed & { sensor: 'smoke' | 'gas' | 'door' | 'sleepBreathing'; handled: number };
    const rows = selectPlaced(asArray<S>(data, 'sensor alarms'), selection);
    const sums = countBy(
      rows,
      ['smoke', 'gas', 'door', 'sleepBreathing'] as const,
      (r) => r.sensor,
      (r) => r.handled,
    );
    return {
      kind: 'parts',
      unit: { zh: '次', en: 'alarms' },
      items: sums.map((s) => ({ id: s.key, name: sensorNames[s.key], value: s.value })),
    };
  },
});

/** Fraud cases by type, latest year. */
export const fraudByType = defineAdapter({
  options: z
    .object({ top: z.number().int().min(1).max(20).default(6) })
    .strict()
    .default({ top: 6 }),
  filtered: true,
  run(data, o, { selection }) {
    const rows = casesByType(selectPlaced(asArray<FraudTypeLike>(data, 'fraud types'), selection));
    return {
      kind: 'parts',
      unit: casesUnit,
      items: rows
        .slice(0, o.top)
        .map((r) => ({ id: r.type, name: { zh: r.name, en: r.nameEn }, value: r.value })),
    };
  },
});

/** Fraud cases by hour of day, latest year. */
export const fraudByHour = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    const { year, hours } = casesByHour(
      selectPlaced(asArray<FraudHourLike>(data, 'fraud hours'), selection),
    );
    return {
      kind: 'series',
      categories: hourLabels,
      unit: casesUnit,
      series:
        year === null
          ? []
          : [{ name: { zh: `${year}年`, en: `${year}` }, values: hours, role: 'current' }],
    };
  },
});

/** Share of the area inside the five-minute circle, from the coverage worker. */
export const coverageShare = defineAdapter({
  options: none,
  filtered: true,
  run(_data, _o, { selection, coverage }) {
    if (!coverage)
      return { kind: 'kpi', value: null, unit: percentUnit, precision: 1, pending: true };
    const c = selection.district === null ? coverage.total : coverage.districts[selection.district];
    return {
      kind: 'kpi',
      value: c && c.stations > 0 ? c.coveredShare * 100 : null,
      unit: percentUnit,
      precision: 1,
      good: 'up',
      ...(c
        ? {
            period: {
              zh: `${c.coveredKm2.toFixed(0)} / ${c.areaKm2.toFixed(0)} km²`,
              en: `${c.coveredKm2.toFixed(0)} of ${c.areaKm2.toFixed(0)} km²`,
            },
          }
        : {}),
    };
  },
});

/** The 12345 cases of the selection, as they are, for the pipeline widget. */
export const hotlineCases = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    return {
      kind: 'cases',
      cases: selectPlaced(asArray<HotlineCaseLike>(data, '12345 cases'), selection),
    };
  },
});
