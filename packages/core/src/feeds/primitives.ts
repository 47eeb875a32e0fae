import { z } from 'zod';
import { FEED_LIMITS } from './limits.js';
import { DISTRICT_CODES } from './places.js';

// Every check carries its own message, phrased as what was expected: the problem list
// prints it after "expected", so producers read e.g. "expected a month as YYYY-MM".

/** A non-negative integer count. */
export const count = z
  .number({ error: 'a non-negative integer' })
  .int({ error: 'a non-negative integer', abort: true })
  .min(0, { error: 'a non-negative integer', abort: true });

/** An amount of money in yuan (finite, non-negative). */
export const yuan = z
  .number({ error: 'an amount in yuan (a finite number ≥ 0)' })
  .min(0, { error: 'an amount in yuan (a finite number ≥ 0)', abort: true });

/** A percentage between 0 and 100. */
export const percent = z
  .number({ error: 'a percentage from 0 to 100' })
  .min(0, { error: 'a percentage from 0 to 100' })
  .max(100, { error: 'a percentage from 0 to 100' });

/** Plain text of bounded length; never interpreted as markup by any consumer. */
export const text = z
  .string({ error: 'a string' })
  .min(1, { error: 'a non-empty string' })
  .max(FEED_LIMITS.maxStringLength, {
    error: `a string of at most ${FEED_LIMITS.maxStringLength} characters`,
  });

/** Matches 'YYYY-MM'. */
export const MONTH_RE = /^(19|20)\d\d-(0[1-9]|1[0-2])$/;
/** Matches 'YYYY-MM-DD'. */
export const DATE_RE = /^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Matches an ISO 8601 timestamp that carries an explicit offset (or Z). */
export const TIMESTAMP_RE =
  /^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A calendar month, 'YYYY-MM'. */
export const month = z.string({ error: 'a month as YYYY-MM' }).regex(MONTH_RE, {
  error: 'a month as YYYY-MM',
});

/** A calendar day, 'YYYY-MM-DD'. */
export const day = z
  .string({ error: 'a date as YYYY-MM-DD' })
  .regex(DATE_RE, { error: 'a date as YYYY-MM-DD', abort: true })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00+08:00`)), {
    error: 'a date as YYYY-MM-DD',
  });

/** An ISO 8601 timestamp with offset, e.g. 2022-12-31T14:00:00+08:00. */
export const timestamp = z
  .string({ error: 'an ISO 8601 timestamp with offset' })
  .regex(TIMESTAMP_RE, { error: 'an ISO 8601 timestamp with offset', abort: true })
  .refine((s) => !Number.isNaN(Date.parse(s)), {
    error: 'an ISO 8601 timestamp with offset',
  })
  .meta({ format: 'date-time' });

/** One of the ten district adcodes of figures.md. */
export const districtCode = z.enum(DISTRICT_CODES, {
  error: `a known district adcode (${DISTRICT_CODES.join(', ')})`,
});

/** A 9-digit town or street code (NBS). */
export const townCode = z
  .string({ error: 'a 9-digit town code' })
  .regex(/^\d{9}$/, { error: 'a 9-digit town code' });

/** The place fields every place-bound record carries. */
export const placeFields = {
  district: districtCode,
  districtName: text,
  town: townCode.optional(),
  townName: text.optional(),
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
