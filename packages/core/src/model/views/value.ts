import { z } from 'zod';
import type { LocalText } from '../../feeds/fields/types.js';
import { formatNumber } from '../../format/number.js';
import { ModelFault } from '../fault.js';
import type { BindingContext, Frame, Row } from '../frame.js';
import { fieldOf } from '../frame.js';
import { faults } from '../messages.js';
import { placeText, valueText } from '../text.js';
import { anyField, need, numberOf, numeric } from '../transforms/define.js';
import { rowPlace } from '../transforms/filter.js';
import { contextOf, defineView, optionalText, unitOf } from './define.js';

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_.]*)(?::([0-4]))?\}/g;

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** A caption with each {field} replaced by that field's value as text (never markup). */
function fill(caption: LocalText, row: Row, frame: Frame, context: BindingContext): LocalText {
  const one = (lang: keyof LocalText) =>
    caption[lang].replace(PLACEHOLDER, (_m, name: string, digits?: string) => {
      const v = row[name];
      if (digits !== undefined && typeof v === 'number')
        return formatNumber(v, lang, { maximumFractionDigits: Number(digits) });
      return valueText(v, fieldOf(frame, name), row, context)[lang];
    });
  return { 'zh-CN': one('zh-CN'), en: one('en') };
}

/** How a value view reads its one row. */
export const valueSpec = z
  .object({
    value: z.string().min(1).describe('The number shown'),
    change: z
      .string()
      .min(1)
      .optional()
      .describe('A change field (from the change transform), in percent'),
    unit: optionalText,
    precision: z.number().int().min(0).max(4).optional(),
    scale: z.number().positive().optional().describe('Multiply before showing (0.0001 for 万元)'),
    good: z.enum(['up', 'down']).optional().describe('Which direction of change is good'),
    target: z
      .object({
        value: z.number().optional(),
        field: z.string().min(1).optional(),
        rule: z.enum(['atMost', 'atLeast']),
      })
      .strict()
      .refine((t) => (t.value === undefined) !== (t.field === undefined), {
        message: 'a target is a value or a field',
      })
      .optional(),
    note: z
      .string()
      .min(1)
      .optional()
      .describe('A category field whose label qualifies the figure'),
    caption: optionalText.describe(
      'Words under the figure; {field} (or {field:1} for one decimal) shows a field of the row',
    ),
  })
  .strict();

/** A value mapping as written. */
export type ValueSpec = z.infer<typeof valueSpec>;

/** One headline number from a frame of at most one row. */
export const valueView = defineView({
  kind: 'value',
  schema: valueSpec,
  check(spec, shape) {
    need(shape, spec.value, ['value'], numeric);
    if (spec.change) need(shape, spec.change, ['change'], numeric);
    if (spec.target?.field) need(shape, spec.target.field, ['target', 'field'], numeric);
    if (spec.note) need(shape, spec.note, ['note'], anyField);
    if (spec.caption) {
      for (const lang of ['zh-CN', 'en'] as const) {
        for (const name of placeholders(spec.caption[lang]))
          need(shape, name, ['caption', lang], anyField);
      }
    }
  },
  build(spec, frame, context) {
    if (frame.rows.length > 1) throw new ModelFault([], faults.oneRow(frame.rows.length));
    const row = frame.rows[0];
    const scale = spec.scale ?? 1;
    const raw = row ? numberOf(row[spec.value]) : null;
    const value = raw === null ? null : raw * scale;
    const decl = fieldOf(frame, spec.value);
    const precision = spec.precision ?? (decl?.type === 'integer' && scale === 1 ? 0 : 1);
    const targetValue =
      spec.target?.value ?? (spec.target?.field && row ? numberOf(row[spec.target.field]) : null);
    // Only a qualifier with words is shown ("逾此数"); an exact figure needs none.
    const note =
      spec.note && row
        ? fieldOf(frame, spec.note)?.valueLabels?.[String(row[spec.note])]
        : undefined;
    const where = contextOf(frame, context);
    // A single published figure names the place it belongs to, even unfiltered.
    const own =
      !where.place && row
        ? rowPlace(
            row,
            frame.fields.filter((f) => f.type === 'place').map((f) => f.name),
          )
        : undefined;
    const ownDecl = own
      ? frame.fields.find((f) => f.type === 'place' && row?.[f.name] === own)
      : undefined;
    return {
      kind: 'value',
      value,
      unit: unitOf(frame, spec.value, spec.unit),
      precision,
      ...where,
      ...(own ? { place: { code: own, name: placeText(own, row, ownDecl, context) } } : {}),
      ...(spec.caption && row ? { caption: fill(spec.caption, row, frame, context) } : {}),
      ...(spec.change
        ? {
            change: {
              percent: row ? numberOf(row[spec.change]) : null,
              against: frame.comparison ?? 'yearAgo',
            },
          }
        : {}),
      ...(spec.good ? { good: spec.good } : {}),
      ...(spec.target && targetValue !== null && targetValue !== undefined
        ? {
            target: {
              value: targetValue,
              rule: spec.target.rule,
              met:
                value !== null &&
                (spec.target.rule === 'atMost' ? value <= targetValue : value >= targetValue),
            },
          }
        : {}),
      ...(note ? { note } : {}),
    };
  },
});
