import { z } from 'zod';
import { categoryField, latitudeField, longitudeField } from './fields/build.js';
import { indicatorSchema } from './indicator.js';
import {
  count,
  day,
  named,
  placed,
  placeFields,
  positive,
  records,
  say,
  text,
  UNITS,
} from './primitives.js';

/** A GCJ-02 longitude/latitude pair inside mainland China's bounding box. */
const lonLat = z.tuple([longitudeField(), latitudeField()], {
  error: 'a [longitude, latitude] pair',
});

/** A fire station: central station (中心站) or sub-station (微站). */
export const fireStationSchema = placed(
  z.object({
    ...placeFields,
    id: text,
    name: named(say('站点', 'Station')),
    role: categoryField(['central', 'sub'], {
      label: say('类型', 'Role'),
      valueLabels: { central: say('中心站', 'Central station'), sub: say('微站', 'Sub-station') },
    }),
    /** GCJ-02 [lon, lat]. */
    location: lonLat,
    crew: count({ label: say('人员', 'Crew'), unit: UNITS.people }),
    vehicles: count({ label: say('车辆', 'Vehicles'), unit: say('辆', 'vehicles') }),
  }),
);

/** How far a station reaches: minutes, the assumed average speed, and the radius they give. */
export const fireResponseSchema = placed(
  z.object({
    ...placeFields,
    minutes: positive('minutes > 0', {
      label: say('到场时间', 'Minutes'),
      unit: say('分钟', 'min'),
    }),
    speedKmh: positive('a speed > 0', {
      label: say('平均车速', 'Speed'),
      unit: say('公里/时', 'km/h'),
    }),
    radiusKm: positive('a radius > 0', { label: say('救援半径', 'Radius'), unit: UNITS.km }),
    /** Target: at least one station per this many km². */
    targetKm2PerStation: positive('an area > 0', {
      label: say('目标 每站覆盖面积', 'Target area per station'),
      unit: say('km²/站', 'km²/station'),
    }),
    /** Official district area used for the target check. */
    districtAreaKm2: positive('an area > 0', {
      label: say('辖区面积', 'District area'),
      unit: UNITS.km2,
    }),
    /** The "4+8+30" structure: offices, fire posts, full-time brigades. */
    offices: count({ label: say('办公室', 'Offices') }),
    firePosts: count({ label: say('消防站所', 'Fire posts') }),
    brigades: count({ label: say('专职队', 'Brigades') }),
  }),
);

/** One full-coverage inspection round and the premises it checked, by type. */
export const inspectionRoundSchema = placed(
  z.object({
    ...placeFields,
    round: count({ label: say('轮次', 'Round') }),
    startedOn: day,
    rentalHousing: count({ label: say('出租房', 'Rental housing'), unit: UNITS.premises }),
    threeInOne: count({ label: say('三合一场所', 'Three-in-one'), unit: UNITS.premises }),
    highRise: count({ label: say('高层建筑', 'High-rise'), unit: UNITS.premises }),
    industrial: count({ label: say('工业企业', 'Industrial'), unit: UNITS.premises }),
  }),
);

/** Hazards (隐患) of one town by rectification status. */
export const hazardSchema = placed(
  z.object({
    ...placeFields,
    status: categoryField(['rectified', 'rectifying', 'overdue'], {
      label: say('整改状态', 'Status'),
      valueLabels: {
        rectified: say('已整改', 'Fixed'),
        rectifying: say('整改中', 'In progress'),
        overdue: say('逾期', 'Overdue'),
      },
    }),
    count: count({ label: say('隐患', 'Hazards'), unit: say('处', 'hazards') }),
  }),
);

/** Home-safety sensor (安居守护) warnings handled in one town, by sensor type. */
export const sensorAlarmSchema = placed(
  z.object({
    ...placeFields,
    sensor: categoryField(['smoke', 'gas', 'door', 'sleepBreathing'], {
      label: say('传感器', 'Sensor'),
      valueLabels: {
        smoke: say('烟感', 'Smoke'),
        gas: say('燃气', 'Gas'),
        door: say('门磁', 'Door'),
        sleepBreathing: say('睡眠呼吸', 'Sleep breathing'),
      },
    }),
    handled: count({ label: say('处置预警', 'Alarms handled'), unit: UNITS.times }),
  }),
);

/** The fire feed's `data`. */
export const fireDataSchema = z.object({
  stations: records(fireStationSchema),
  response: records(fireResponseSchema),
  inspections: records(inspectionRoundSchema),
  hazards: records(hazardSchema),
  sensorAlarms: records(sensorAlarmSchema),
  programmes: records(indicatorSchema),
});

/** Data of the fire-coverage (消防) feed. */
export type FireData = z.infer<typeof fireDataSchema>;
/** One fire station. */
export type FireStation = z.infer<typeof fireStationSchema>;
