import { z } from 'zod';
import { FEED_LIMITS } from '../limits.js';
import { DATE_RE, MONTH_RE, PLACE_RE, QUARTER_RE, TIMESTAMP_RE } from './patterns.js';
import { type FieldMeta, fieldRegistry } from './registry.js';
import type { LocalText } from './types.js';

// One builder per field type. Each returns a zod schema registered with its declaration, so
// the five domain schemas and every self-describing feed are checked by the same code, and
// every problem reads as what was expected ("expected a non-negative integer").

/** What every builder accepts besides its type. */
export interface FieldOptions {
  /** What the field is called on screen. */
  label?: LocalText;
  /** The unit shown after its values. */
  unit?: LocalText;
  /** Overrides the generated "what was expected" text (domain schemas only). */
  message?: string;
}

/** Options of the number builders. */
export interface NumberOptions extends FieldOptions {
  /** Smallest allowed value. */
  min?: number;
  /** Largest allowed value. */
  max?: number;
  /** The value must be above `min`, not equal to it. */
  exclusiveMin?: boolean;
}

/** Options of a place field. */
export interface PlaceOptions extends FieldOptions {
  /** The allowed codes (the ten districts of the domain feeds). */
  values?: readonly [string, ...string[]];
  /** The code's shape when no list is given (default: any place code). */
  pattern?: RegExp;
  /** The field holding the place's name. */
  nameField?: string;
  /** The place field this one lies inside. */
  within?: string;
}

function register<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  // Registered last: zod methods return new instances, which would not carry the entry.
  fieldRegistry.add(schema, meta);
  return schema;
}

function common(o: FieldOptions): Pick<FieldMeta, 'label' | 'unit'> {
  return { ...(o.label ? { label: o.label } : {}), ...(o.unit ? { unit: o.unit } : {}) };
}

function bounds(o: NumberOptions): Pick<FieldMeta, 'min' | 'max'> {
  return {
    ...(o.min === undefined ? {} : { min: o.min }),
    ...(o.max === undefined ? {} : { max: o.max }),
  };
}

function rangeText(what: string, o: NumberOptions): string {
  const { min, max } = o;
  if (min !== undefined && max !== undefined) return `${what} from ${min} to ${max}`;
  if (min !== undefined) return `${what} ${o.exclusiveMin ? '>' : '≥'} ${min}`;
  if (max !== undefined) return `${what} ≤ ${max}`;
  return what;
}

function limits(schema: z.ZodNumber, o: NumberOptions, error: string): z.ZodNumber {
  let out = schema;
  if (o.min !== undefined) {
    out = o.exclusiveMin
      ? out.gt(o.min, { error, abort: true })
      : out.min(o.min, { error, abort: true });
  }
  if (o.max !== undefined) out = out.max(o.max, { error });
  return out;
}

/** A whole number. */
export function integerField(o: NumberOptions = {}) {
  const error =
    o.message ??
    (o.min === 0 && o.max === undefined ? 'a non-negative integer' : rangeText('an integer', o));
  const schema = limits(z.number({ error }).int({ error, abort: true }), o, error);
  return register(schema, { type: 'integer', ...bounds(o), ...common(o) });
}

/** A finite number. */
export function numberField(o: NumberOptions = {}) {
  const error = o.message ?? rangeText('a finite number', o);
  return register(limits(z.number({ error }), o, error), {
    type: 'number',
    ...bounds(o),
    ...common(o),
  });
}

/** True or false. */
export function booleanField(o: FieldOptions = {}) {
  return register(z.boolean({ error: o.message ?? 'true or false' }), {
    type: 'boolean',
    ...common(o),
  });
}

/** Plain text of bounded length; never interpreted as markup by any consumer. */
export function stringField(o: FieldOptions = {}) {
  const max = FEED_LIMITS.maxStringLength;
  const schema = z
    .string({ error: o.message ?? 'a string' })
    .min(1, { error: o.message ?? 'a non-empty string' })
    .max(max, { error: `a string of at most ${max} characters` });
  return register(schema, { type: 'string', ...common(o) });
}

/** One of a small set of codes, each with its words on screen. */
export function categoryField<const V extends readonly [string, ...string[]]>(
  values: V,
  o: FieldOptions & { valueLabels?: Readonly<Partial<Record<V[number], LocalText>>> } = {},
) {
  const schema = z.enum(values, { error: o.message ?? `one of ${values.join(', ')}` });
  return register(schema, {
    type: 'category',
    values,
    ...(o.valueLabels ? { valueLabels: o.valueLabels as Record<string, LocalText> } : {}),
    ...common(o),
  });
}

function pattern(type: FieldMeta['type'], re: RegExp, error: string, o: FieldOptions) {
  return register(z.string({ error }).regex(re, { error }), { type, ...common(o) });
}

/** A year, e.g. 2022. */
export function yearField(o: FieldOptions = {}) {
  const error = o.message ?? 'a year such as 2022';
  const schema = z.number({ error }).int({ error, abort: true }).min(1900, { error }).max(2100, {
    error,
  });
  return register(schema, { type: 'year', ...common(o) });
}

/** A quarter, 'YYYY-Qn'. */
export function quarterField(o: FieldOptions = {}) {
  return pattern('quarter', QUARTER_RE, o.message ?? 'a quarter as YYYY-Qn', o);
}

/** A calendar month, 'YYYY-MM'. */
export function monthField(o: FieldOptions = {}) {
  return pattern('month', MONTH_RE, o.message ?? 'a month as YYYY-MM', o);
}

/** A calendar day, 'YYYY-MM-DD' (a real day: no 31 June). */
export function dateField(o: FieldOptions = {}) {
  const error = o.message ?? 'a date as YYYY-MM-DD';
  const schema = z
    .string({ error })
    .regex(DATE_RE, { error, abort: true })
    .refine((s) => realDay(s), { error });
  return register(schema, { type: 'date', ...common(o) });
}

/**
 * Whether a YYYY-MM-DD string names a day the calendar has (not 2023-02-30). Worked out from the
 * digits: it runs for every date and timestamp of every record, and building a Date and its
 * ISO text for each was a quarter of parsing the hotline's 3,600 cases.
 */
export function realDay(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : THIRTY_DAY_MONTHS.has(month) ? 30 : 31;
  return day <= days;
}

/** April, June, September and November. */
const THIRTY_DAY_MONTHS: ReadonlySet<number> = new Set([4, 6, 9, 11]);

/** An ISO 8601 timestamp with offset, e.g. 2022-12-31T14:00:00+08:00. */
export function datetimeField(o: FieldOptions = {}) {
  const error = o.message ?? 'an ISO 8601 timestamp with offset';
  const schema = z
    .string({ error })
    .regex(TIMESTAMP_RE, { error, abort: true })
    // The pattern fixes every part's range; only the day of the month can still be wrong.
    .refine((s) => realDay(s.slice(0, 10)), { error })
    .meta({ format: 'date-time' });
  return register(schema, { type: 'datetime', ...common(o) });
}

/** A place code: an adcode, a town code or a zone id (see PLACE_RE). */
export function placeField(o: PlaceOptions = {}) {
  const meta: FieldMeta = {
    type: 'place',
    ...common(o),
    ...(o.values ? { values: o.values } : {}),
    ...(o.nameField ? { nameField: o.nameField } : {}),
    ...(o.within ? { within: o.within } : {}),
  };
  if (o.values) {
    const error = o.message ?? `one of ${o.values.join(', ')}`;
    return register(z.enum(o.values, { error }), meta);
  }
  const error = o.message ?? 'a place code (6-digit adcode, 9-digit town code or a zone id)';
  return register(z.string({ error }).regex(o.pattern ?? PLACE_RE, { error }), meta);
}

/** A GCJ-02 longitude inside mainland China's bounding box. */
export function longitudeField(o: FieldOptions = {}) {
  const error = o.message ?? 'a GCJ-02 longitude';
  return register(z.number({ error }).min(73, { error }).max(136, { error }), {
    type: 'longitude',
    ...common(o),
  });
}

/** A GCJ-02 latitude inside mainland China's bounding box. */
export function latitudeField(o: FieldOptions = {}) {
  const error = o.message ?? 'a GCJ-02 latitude';
  return register(z.number({ error }).min(3, { error }).max(54, { error }), {
    type: 'latitude',
    ...common(o),
  });
}
