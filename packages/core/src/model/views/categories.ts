import { z } from 'zod';
import { fieldOf } from '../frame.js';
import { valueText } from '../text.js';
import { anyField, need, numberOf, numeric } from '../transforms/define.js';
import { contextOf, defineView, optionalText, unitOf } from './define.js';

const nameSpec = z.union([
  z.string().min(1),
  z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) }).strict(),
]);

/** How a categories view reads its rows. */
export const categoriesSpec = z
  .object({
    name: nameSpec.describe('The field naming each item, or one field per language'),
    value: z.string().min(1),
    total: z
      .string()
      .min(1)
      .optional()
      .describe('A field holding each item\'s whole ("125 of 125")'),
    id: z.string().min(1).optional(),
    unit: optionalText,
  })
  .strict();

/** A categories mapping as written. */
export type CategoriesSpec = z.infer<typeof categoriesSpec>;

/** Named items with values, in row order (sort and top come before). */
export const categoriesView = defineView({
  kind: 'categories',
  schema: categoriesSpec,
  check(spec, shape) {
    if (typeof spec.name === 'string') need(shape, spec.name, ['name'], anyField);
    else {
      need(shape, spec.name['zh-CN'], ['name', 'zh-CN'], anyField);
      need(shape, spec.name.en, ['name', 'en'], anyField);
    }
    need(shape, spec.value, ['value'], numeric);
    if (spec.total) need(shape, spec.total, ['total'], numeric);
    if (spec.id) need(shape, spec.id, ['id'], anyField);
  },
  build(spec, frame, context) {
    const items = frame.rows.flatMap((r, i) => {
      const value = numberOf(r[spec.value]);
      if (value === null) return [];
      const name =
        typeof spec.name === 'string'
          ? valueText(r[spec.name], fieldOf(frame, spec.name), r, context)
          : { 'zh-CN': String(r[spec.name['zh-CN']] ?? ''), en: String(r[spec.name.en] ?? '') };
      const total = spec.total ? numberOf(r[spec.total]) : null;
      const idField = spec.id ?? (typeof spec.name === 'string' ? spec.name : spec.name['zh-CN']);
      return [{ id: String(r[idField] ?? i), name, value, ...(total === null ? {} : { total }) }];
    });
    return {
      kind: 'categories',
      items,
      unit: unitOf(frame, spec.value, spec.unit),
      ...contextOf(frame, context),
    };
  },
});
