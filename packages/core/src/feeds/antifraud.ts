import { z } from 'zod';
import { indicatorSchema } from './indicator.js';
import { count, month, placed, placeFields, records, text, yuan } from './primitives.js';

/** Telecom and online fraud cases and losses of one district (or town) and month. */
export const fraudMonthSchema = placed(
  z.object({ ...placeFields, month, cases: count, lossesYuan: yuan }),
);

/** Cases of one year by fraud type (刷单返利, 虚假投资理财 …). */
export const fraudTypeSchema = placed(
  z.object({
    ...placeFields,
    year: count,
    type: text,
    typeName: text,
    typeNameEn: text,
    cases: count,
  }),
);

/** Cases of one year by hour of day (0–23, Asia/Shanghai). */
export const fraudHourSchema = placed(
  z.object({
    ...placeFields,
    year: count,
    hour: count.max(23, { error: 'an hour from 0 to 23' }),
    cases: count,
  }),
);

/** People dissuaded from paying and money intercepted in one month (反诈之眼). */
export const dissuasionMonthSchema = placed(
  z.object({ ...placeFields, month, dissuaded: count, interceptedYuan: yuan }),
);

/** The antifraud feed's `data`. */
export const antifraudDataSchema = z.object({
  monthly: records(fraudMonthSchema),
  byType: records(fraudTypeSchema),
  byHour: records(fraudHourSchema),
  dissuasion: records(dissuasionMonthSchema),
  /** Single figures: largest interception, residence registration, traffic safety. */
  indicators: records(indicatorSchema),
});

/** Data of the anti-fraud (反诈) feed. */
export type AntifraudData = z.infer<typeof antifraudDataSchema>;
