import { z } from 'zod';
import { FEED_LIMITS } from '../limits.js';
import { FIELD_TYPES, type FieldDecl } from './types.js';

/** Text in both languages, as a declaration writes it. */
export const localTextSchema = z
  .object(
    {
      'zh-CN': z
        .string({ error: 'Chinese text' })
        .min(1, { error: 'Chinese text' })
        .max(FEED_LIMITS.maxStringLength),
      en: z
        .string({ error: 'English text' })
        .min(1, { error: 'English text' })
        .max(FEED_LIMITS.maxStringLength),
    },
    { error: 'text in both languages: { "zh-CN": …, "en": … }' },
  )
  .strict();

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,39}(\.[A-Za-z0-9_]{1,40}){0,3}$/;
const TABLE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const code = z.string().min(1).max(FEED_LIMITS.maxStringLength);

/** One field as a self-describing feed declares it (docs/data-model.md §1). */
export const fieldDeclSchema = z
  .object(
    {
      name: z.string({ error: 'a field name' }).regex(FIELD_NAME, {
        error: 'a field name (letters, digits, _ ; dots read inside a record)',
      }),
      type: z.enum(FIELD_TYPES, { error: `a field type (${FIELD_TYPES.join(', ')})` }),
      label: localTextSchema.optional(),
      unit: localTextSchema.optional(),
      optional: z.boolean({ error: 'true or false' }).optional(),
      min: z.number({ error: 'a number' }).optional(),
      max: z.number({ error: 'a number' }).optional(),
      values: z.array(code, { error: 'a list of codes' }).min(1).max(500).optional(),
      valueLabels: z.record(code, localTextSchema, { error: 'labels by code' }).optional(),
      nameField: z.string().regex(FIELD_NAME).optional(),
      within: z.string().regex(FIELD_NAME).optional(),
    },
    { error: 'a field declaration: { "name": …, "type": … }' },
  )
  .strict()
  .superRefine((f, ctx) => {
    if (f.min !== undefined && f.max !== undefined && f.min > f.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'max ≥ min' });
    }
    const numeric = f.type === 'number' || f.type === 'integer';
    if (!numeric && (f.min !== undefined || f.max !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['min'],
        message: 'min and max only on number or integer fields',
      });
    }
    if (f.values && !['category', 'string', 'place'].includes(f.type)) {
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: 'values only on category, string or place fields',
      });
    }
    if (f.type === 'category' && !f.values) {
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: 'the allowed values of a category',
      });
    }
    for (const key of Object.keys(f.valueLabels ?? {})) {
      if (!f.values?.includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['valueLabels', key],
          message: `a label for one of the values`,
        });
      }
    }
    if ((f.nameField || f.within) && f.type !== 'place') {
      ctx.addIssue({
        code: 'custom',
        path: ['nameField'],
        message: 'nameField and within only on place fields',
      });
    }
  });

/** The fields of one table: unique names, references to fields that exist. */
export const tableDeclSchema = z
  .array(fieldDeclSchema, { error: 'a list of field declarations' })
  .min(1, { error: 'at least one field' })
  .max(100, { error: 'at most 100 fields' })
  .superRefine((fields, ctx) => {
    const names = new Set<string>();
    fields.forEach((f, i) => {
      if (names.has(f.name))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'name'],
          message: `a name not used before ("${f.name}" is)`,
        });
      names.add(f.name);
    });
    fields.forEach((f, i) => {
      // "a" and "a.b" cannot both be fields: "a" would be a value and an object at once.
      if (fields.some((g) => g.name.startsWith(`${f.name}.`))) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'name'],
          message: `a name that is not also the start of another field's dotted name`,
        });
      }
      const refs: [keyof FieldDecl, string | undefined][] = [
        ['nameField', f.nameField],
        ['within', f.within],
      ];
      for (const [key, ref] of refs) {
        const target = ref === undefined ? undefined : fields.find((g) => g.name === ref);
        if (ref !== undefined && !target) {
          ctx.addIssue({
            code: 'custom',
            path: [i, key],
            message: `the name of a declared field ("${ref}" is not one)`,
          });
        } else if (key === 'within' && target && target.type !== 'place') {
          ctx.addIssue({ code: 'custom', path: [i, key], message: 'a place field' });
        }
      }
    });
  });

/** What a self-describing feed declares: the fields of each table of its `data`. */
export const feedDeclSchema = z
  .record(
    z.string().regex(TABLE_NAME, { error: 'a table name (letters, digits, _)' }),
    tableDeclSchema,
    { error: 'the fields of each table: { "<table>": [ … ] }' },
  )
  .refine((tables) => Object.keys(tables).length >= 1 && Object.keys(tables).length <= 20, {
    error: 'from 1 to 20 tables',
  });
