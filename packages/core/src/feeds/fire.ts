import { z } from 'zod';
import { indicatorSchema } from './indicator.js';
import { count, day, placed, placeFields, records, text } from './primitives.js';

/** A GCJ-02 longitude/latitude pair inside mainland China's bounding box. */
const lonLat = z.tuple(
  [
    z.number({ error: 'a GCJ-02 longitude' }).min(73, { error: 'a GCJ-02 longitude' }).max(136, {
      error: 'a GCJ-02 longitude',
    }),
    z.number({ error: 'a GCJ-02 latitude' }).min(3, { error: 'a GCJ-02 latitude' }).max(54, {
      error: 'a GCJ-02 latitude',
    }),
  ],
  { error: 'a [longitude, latitude] pair' },
);

/** A fire station: central station (中心站) or sub-station (微站). */
export const fireStationSchema = placed(
  z.object({
    ...placeFields,
    id: text,
    name: text,
    role: z.enum(['central', 'sub'], { error: 'one of central, sub' }),
    /** GCJ-02 [lon, lat]. */
    location: lonLat,
    crew: count,
    vehicles: count,
  }),
);

/** How far a station reaches: minutes, the assumed average speed, and the radius they give. */
export const fireResponseSchema = placed(
  z.object({
    ...placeFields,
    minutes: z.number({ error: 'minutes > 0' }).positive({ error: 'minutes > 0' }),
    speedKmh: z.number({ error: 'a speed > 0' }).positive({ error: 'a speed > 0' }),
    radiusKm: z.number({ error: 'a radius > 0' }).positive({ error: 'a radius > 0' }),
    /** Target: at least one station per this many km². */
    targetKm2PerStation: z.number({ error: 'an area > 0' }).positive({ error: 'an area > 0' }),
    /** Official district area used for the target check. */
    districtAreaKm2: z.number({ error: 'an area > 0' }).positive({ error: 'an area > 0' }),
    /** The "4+8+30" structure: offices, fire posts, full-time brigades. */
    offices: count,
    firePosts: count,
    brigades: count,
  }),
);

/** One full-coverage inspection round and the premises it checked, by type. */
export const inspectionRoundSchema = placed(
  z.object({
    ...placeFields,
    round: count,
    startedOn: day,
    rentalHousing: count,
    threeInOne: count,
    highRise: count,
    industrial: count,
  }),
);

/** Hazards (隐患) of one town by rectification status. */
export const hazardSchema = placed(
  z.object({
    ...placeFields,
    status: z.enum(['rectified', 'rectifying', 'overdue'], {
      error: 'one of rectified, rectifying, overdue',
    }),
    count,
  }),
);

/** Home-safety sensor (安居守护) warnings handled in one town, by sensor type. */
export const sensorAlarmSchema = placed(
  z.object({
    ...placeFields,
    sensor: z.enum(['smoke', 'gas', 'door', 'sleepBreathing'], {
      error: 'one of smoke, gas, door, sleepBreathing',
    }),
    handled: count,
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
