import { z } from 'zod';
import {
  dateField,
  datetimeField,
  type FieldOptions,
  integerField,
  monthField,
  numberField,
  placeField,
  stringField,
  yearField,
} from './fields/build.js';
import { TOWN_RE } from './fields/patterns.js';
import type { LocalText } from './fields/types.js';
import { FEED_LIMITS } from './limits.js';
import { DISTRICT_CODES } from './places.js';

// The domain feeds' field types, written in the field vocabulary of ./fields: each is one
// builder call, so a domain schema can be read back as field declarations for bindings.

export { DATE_RE, MONTH_RE, TIMESTAMP_RE } from './fields/patterns.js';

/** Words shared by many domain fields. */
export const UNITS = Object.freeze({
  cases: { 'zh-CN': '件', en: 'cases' },
  people: { 'zh-CN': '人', en: 'people' },
  yuan: { 'zh-CN': '元', en: 'yuan' },
  percent: { 'zh-CN': '%', en: '%' },
  times: { 'zh-CN': '次', en: 'times' },
  villages: { 'zh-CN': '个', en: 'villages' },
  premises: { 'zh-CN': '家', en: 'premises' },
  km: { 'zh-CN': '公里', en: 'km' },
  km2: { 'zh-CN': 'km²', en: 'km²' },
} satisfies Record<string, LocalText>);

/** Text in both languages, briefly. */
export const say = (zh: string, en: string): LocalText => ({ 'zh-CN': zh, en });

/** A non-negative integer count. */
export const count = (o: FieldOptions = {}) => integerField({ min: 0, ...o });

/** An amount of money in yuan (finite, non-negative). */
export const yuan = (o: FieldOptions = {}) =>
  numberField({
    min: 0,
    unit: UNITS.yuan,
    message: 'an amount in yuan (a finite number ≥ 0)',
    ...o,
  });

/** A percentage between 0 and 100. */
export const percent = (o: FieldOptions = {}) =>
  numberField({
    min: 0,
    max: 100,
    unit: UNITS.percent,
    message: 'a percentage from 0 to 100',
    ...o,
  });

/** A positive number (minutes, speeds, radii, areas). */
export const positive = (message: string, o: FieldOptions = {}) =>
  numberField({ min: 0, exclusiveMin: true, message, ...o });

/** Plain text of bounded length; never interpreted as markup by any consumer. */
export const text = stringField();

/** A named text field. */
export const named = (label: LocalText) => stringField({ label });

/** A calendar year. */
export const year = yearField({ label: say('年份', 'Year') });

/** A calendar month, 'YYYY-MM'. */
export const month = monthField({ label: say('月份', 'Month') });

/** A calendar day, 'YYYY-MM-DD'. */
export const day = dateField();

/** An ISO 8601 timestamp with offset, e.g. 2022-12-31T14:00:00+08:00. */
export const timestamp = datetimeField();

/** One of the ten district adcodes of figures.md. */
export const districtCode = placeField({
  values: DISTRICT_CODES,
  nameField: 'districtName',
  label: say('区县', 'District'),
  message: `a known district adcode (${DISTRICT_CODES.join(', ')})`,
});

/** A 9-digit town or street code (NBS). */
export const townCode = placeField({
  pattern: TOWN_RE,
  nameField: 'townName',
  within: 'district',
  label: say('镇街', 'Town'),
  message: 'a 9-digit town code',
});

/** The place fields every place-bound record carries. */
export const placeFields = {
  district: districtCode,
  districtName: named(say('区县', 'District')),
  town: townCode.optional(),
  townName: named(say('镇街', 'Town')).optional(),
};

/** Adds the rule that a town code lies inside its district and has a name. */
export function placed<T extends z.ZodObject>(schema: T) {
  return schema.superRefine((rec, ctx) => {
    const { district, town, townName } = rec as {
      district: string;
      town?: string;
      townName?: string;
    };
    if (town !== undefined && !town.startsWith(district)) {
      ctx.addIssue({
        code: 'custom',
        path: ['town'],
        message: `a town code inside district ${district}`,
      });
    }
    if ((town === undefined) !== (townName === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['townName'], message: 'town and townName together' });
    }
  });
}

/** An array of records, capped at the feed array length limit. */
export function records<T extends z.ZodType>(schema: T) {
  return z.array(schema, { error: 'an array' }).max(FEED_LIMITS.maxArrayLength, {
    error: `an array of at most ${FEED_LIMITS.maxArrayLength} items`,
  });
}
