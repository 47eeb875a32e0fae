import type { z } from 'zod';
import { DATE_TYPES, type FieldDecl, NUMERIC_TYPES } from '../../feeds/fields/types.js';
import { ModelFault } from '../fault.js';
import type { BindingContext, Frame, Shape, ShapeContext } from '../frame.js';
import { fieldOf } from '../frame.js';
import { faults } from '../messages.js';

/** One transform: its config schema, what it does to the fields, and what it does to rows. */
export interface TransformDef<S> {
  /** The key that names it in a binding (`filter`, `group` …). */
  readonly key: string;
  /** Its spec as a config writes it. */
  readonly schema: z.ZodType<S>;
  /** The fields after it, from the fields before it; throws a ModelFault naming the bad part. */
  shape(spec: S, input: Shape, context: ShapeContext): Shape;
  /** The frame after it. Pure. */
  run(spec: S, frame: Frame, context: BindingContext): Frame;
}

/** Declare a transform with its spec type inferred from the schema. */
export function defineTransform<S>(def: TransformDef<S>): TransformDef<S> {
  return def;
}

/** What a field must be, for the sentence when it is not. */
export interface FieldNeed {
  test: (f: FieldDecl) => boolean;
  en: string;
  zh: string;
}

/** Any field. */
export const anyField: FieldNeed = { test: () => true, en: 'any field', zh: '任意字段' };
/** A number (or a boolean, which counts as 0 or 1). */
export const numeric: FieldNeed = {
  test: (f) => NUMERIC_TYPES.has(f.type) || f.type === 'boolean',
  en: 'a number',
  zh: '数值',
};
/** A date-like field. */
export const dated: FieldNeed = { test: (f) => DATE_TYPES.has(f.type), en: 'a date', zh: '日期' };
/** A place field. */
export const placed: FieldNeed = { test: (f) => f.type === 'place', en: 'a place', zh: '地点' };
/** A datetime field. */
export const timed: FieldNeed = {
  test: (f) => f.type === 'datetime',
  en: 'a datetime',
  zh: '时间',
};

/**
 * The declared field `name` of the shape, checked against `need`. An open shape (after a
 * pivot) lets unknown names through as numbers, since only the data will tell.
 */
export function need(
  shape: Shape,
  name: string,
  path: (string | number)[],
  want: FieldNeed = anyField,
): FieldDecl {
  const f = fieldOf(shape, name);
  if (!f) {
    if (shape.open) return { name, type: 'number' };
    throw new ModelFault(path, faults.noField(name, shape.fields));
  }
  if (!want.test(f)) throw new ModelFault(path, faults.wrongType(name, f.type, want.en, want.zh));
  return f;
}

/** The first field of the shape that meets `want`, or a fault naming what is missing. */
export function firstField(shape: Shape, want: FieldNeed, path: (string | number)[]): FieldDecl {
  const f = shape.fields.find(want.test);
  if (!f) {
    throw new ModelFault(path, want === dated ? faults.noDateField() : faults.noPlaceField());
  }
  return f;
}

/** A new field name must not clash with one already there. */
export function fresh(shape: Shape, name: string, path: (string | number)[]): void {
  if (fieldOf(shape, name)) throw new ModelFault(path, faults.nameTaken(name));
}

/** A row value as a number (booleans count 1 and 0), or null. */
export function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return null;
}
