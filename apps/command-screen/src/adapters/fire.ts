// Adapters for the fire feed and the coverage worker: station density, stations, hazards, premises, sensors.
import { districtByCode } from '@onescreen/core';
import { countBy, type ResponseLike, type StationLike, stationDensity } from '../compute/fire.js';
import { type Placed, selectPlaced } from '../compute/selection.js';
import { asArray, asObject, defineAdapter } from './adapter.js';
import { none, percentUnit } from './units.js';
import type { Bilingual } from './views.js';

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
