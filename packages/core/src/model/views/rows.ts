import { z } from 'zod';
import type { LocalText } from '../../feeds/fields/types.js';
import { fieldOf } from '../frame.js';
import { valueWithUnit } from '../text.js';
import { anyField, need } from '../transforms/define.js';
import { contextOf, defineView, optionalText } from './define.js';

const column = z.union([
  z.string().min(1),
  z
    .object({
      field: z.string().min(1),
      en: z
        .string()
        .min(1)
        .optional()
        .describe('A field holding the English text of the same cell'),
      label: optionalText,
    })
    .strict(),
]);

/** How a rows view reads its rows. */
export const rowsSpec = z
  .object({
    columns: z.array(column).min(1).max(8),
    id: z
      .string()
      .min(1)
      .optional()
      .describe('A field that identifies each row (keeps scrolling steady)'),
    tone: z.string().min(1).optional().describe('A field holding red, yellow or green for the row'),
  })
  .strict();

/** A rows mapping as written. */
export type RowsSpec = z.infer<typeof rowsSpec>;

const TONES = new Set(['red', 'yellow', 'green']);
const colOf = (c: RowsSpec['columns'][number]) => (typeof c === 'string' ? { field: c } : c);

/** A table's rows as text in both languages, in row order. */
export const rowsView = defineView({
  kind: 'rows',
  schema: rowsSpec,
  check(spec, shape) {
    for (const [i, c] of spec.columns.entries())
      need(shape, colOf(c).field, ['columns', i], anyField);
    if (spec.id) need(shape, spec.id, ['id'], anyField);
    if (spec.tone) need(shape, spec.tone, ['tone'], anyField);
  },
  build(spec, frame, context) {
    const columns = spec.columns.map(colOf).map((c) => ({
      id: c.field,
      name:
        c.label ??
        fieldOf(frame, c.field)?.label ??
        ({ 'zh-CN': c.field, en: c.field } as LocalText),
    }));
    const rows = frame.rows.map((r, i) => {
      const cells: Record<string, LocalText> = {};
      for (const c of columns)
        cells[c.id] = valueWithUnit(r[c.id], fieldOf(frame, c.id), r, context);
      const tone = spec.tone ? r[spec.tone] : undefined;
      return {
        id: spec.id ? String(r[spec.id]) : String(i),
        cells,
        ...(typeof tone === 'string' && TONES.has(tone)
          ? { tone: tone as 'red' | 'yellow' | 'green' }
          : {}),
      };
    });
    return { kind: 'rows', columns, rows, ...contextOf(frame, context) };
  },
});
