import { z } from 'zod';
import { integerField } from './fields/build.js';
import { indicatorSchema } from './indicator.js';
import {
  count,
  month,
  named,
  placed,
  placeFields,
  records,
  say,
  text,
  UNITS,
  year,
  yuan,
} from './primitives.js';

const cases = () => count({ label: say('案件数', 'Cases'), unit: say('起', 'cases') });

/** Telecom and online fraud cases and losses of one district (or town) and month. */
export const fraudMonthSchema = placed(
  z.object({
    ...placeFields,
    month,
    cases: cases(),
    lossesYuan: yuan({ label: say('损失金额', 'Losses') }),
  }),
);

/** Cases of one year by fraud type (刷单返利, 虚假投资理财 …). */
export const fraudTypeSchema = placed(
  z.object({
    ...placeFields,
    year,
    type: text,
    typeName: named(say('诈骗类型', 'Fraud type')),
    typeNameEn: named(say('诈骗类型', 'Fraud type')),
    cases: cases(),
  }),
);

/** Cases of one year by hour of day (0–23, Asia/Shanghai). */
export const fraudHourSchema = placed(
  z.object({
    ...placeFields,
    year,
    hour: integerField({
      min: 0,
      max: 23,
      label: say('时段', 'Hour'),
      message: 'an hour from 0 to 23',
    }),
    cases: cases(),
  }),
);

/** People dissuaded from paying and money intercepted in one month (反诈之眼). */
export const dissuasionMonthSchema = placed(
  z.object({
    ...placeFields,
    month,
    dissuaded: count({ label: say('劝阻人数', 'People dissuaded'), unit: UNITS.people }),
    interceptedYuan: yuan({ label: say('拦截金额', 'Intercepted') }),
  }),
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
