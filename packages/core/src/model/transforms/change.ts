import { z } from 'zod';
import { DATE_TYPES, type FieldDecl, NUMERIC_TYPES } from '../../feeds/fields/types.js';
import { changePercent } from '../change-percent.js';
import type { Row } from '../frame.js';
import { words } from '../messages.js';
import { periodOf, shift } from '../period-key.js';
import {
  dated,
  defineTransform,
  firstField,
  fresh,
  need,
  numberOf,
  numeric,
  type TransformDef,
} from './define.js';

/** A change spec: the field compared, and against what. */
export const changeSpec = z
  .object({
    field: z.string().min(1).describe('The number compared'),
    against: z
      .enum(['yearAgo', 'previous'])
      .describe(
        'yearAgo: the same period a year earlier (同比); previous: the period before (环比)',
      ),
    date: z.string().min(1).optional().describe('The date field (default: the first one)'),
  })
  .strict();

/** A change spec as written. */
export type ChangeSpec = z.infer<typeof changeSpec>;

/**
 * Adds `<field>Previous` and `<field>Change` (percent) to each row by finding the row one
 * year (or one period) earlier with the same other keys. The one owner of year-on-year change.
 */
export const change: TransformDef<ChangeSpec> = defineTransform({
  key: 'change',
  schema: changeSpec,
  shape(spec, input) {
    const f = need(input, spec.field, ['field'], numeric);
    if (spec.date) need(input, spec.date, ['date'], dated);
    else firstField(input, dated, ['date']);
    fresh(input, `${spec.field}Previous`, ['field']);
    fresh(input, `${spec.field}Change`, ['field']);
    const previous: FieldDecl = { ...f, name: `${spec.field}Previous`, optional: true };
    const pct: FieldDecl = {
      name: `${spec.field}Change`,
      type: 'number',
      optional: true,
      label: f.label
        ? {
            'zh-CN': `${f.label['zh-CN']} ${words.change(spec.against)['zh-CN']}`,
            en: `${f.label.en}, ${words.change(spec.against).en}`,
          }
        : words.change(spec.against),
      unit: words.percent,
    };
    return { fields: [...input.fields, previous, pct] };
  },
  run(spec, frame) {
    const fields = change.shape(spec, { fields: frame.fields, open: true }, {}).fields;
    const date = spec.date ?? frame.fields.find((f) => DATE_TYPES.has(f.type))?.name ?? '';
    // Rows match on every field that names something (place, category, text), not on numbers.
    const keys = frame.fields
      .filter((f) => f.name !== date && !NUMERIC_TYPES.has(f.type) && f.type !== 'boolean')
      .map((f) => f.name);
    const id = (r: Row, period: string | undefined) =>
      JSON.stringify([period, ...keys.map((k) => r[k] ?? null)]);
    const byKey = new Map<string, number | null>();
    for (const r of frame.rows) byKey.set(id(r, periodOf(r[date])), numberOf(r[spec.field]));
    const rows = frame.rows.map((r) => {
      const p = periodOf(r[date]);
      const before = p === undefined ? undefined : shift(p, spec.against);
      const prev = before === undefined ? null : (byKey.get(id(r, before)) ?? null);
      const cur = numberOf(r[spec.field]);
      const pct = changePercent(cur, prev);
      return { ...r, [`${spec.field}Previous`]: prev, [`${spec.field}Change`]: pct };
    });
    return { ...frame, fields, rows, comparison: spec.against };
  },
});
