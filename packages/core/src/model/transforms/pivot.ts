import { z } from 'zod';
import type { FieldDecl } from '../../feeds/fields/types.js';
import { defineTransform, need, numberOf, numeric, type TransformDef } from './define.js';

/** A pivot spec: the row key, the field whose values become columns, and the value summed. */
export const pivotSpec = z
  .object({
    row: z.string().min(1),
    column: z.string().min(1),
    value: z.string().min(1),
  })
  .strict();

/** A pivot spec as written. */
export type PivotSpec = z.infer<typeof pivotSpec>;

const columnName = (v: unknown) => String(v).replace(/[^A-Za-z0-9_]/g, '_');

/**
 * One row per distinct `row` value and one field per distinct `column` value, holding the
 * sum of `value`. A category's columns are known from its declaration; others only from data.
 */
export const pivot: TransformDef<PivotSpec> = defineTransform({
  key: 'pivot',
  schema: pivotSpec,
  shape(spec, input) {
    const row = need(input, spec.row, ['row']);
    const column = need(input, spec.column, ['column']);
    const value = need(input, spec.value, ['value'], numeric);
    const known = column.type === 'category' ? column.values : undefined;
    const cols: FieldDecl[] = (known ?? []).map((v) => ({
      name: columnName(v),
      type: 'number',
      ...(column.valueLabels?.[v] ? { label: column.valueLabels[v] } : {}),
      ...(value.unit ? { unit: value.unit } : {}),
    }));
    return { fields: [row, ...cols], open: known === undefined };
  },
  run(spec, frame) {
    const shaped = pivot.shape(spec, { fields: frame.fields, open: true }, {});
    const columns = new Map<string, FieldDecl>(shaped.fields.slice(1).map((f) => [f.name, f]));
    const value = frame.fields.find((f) => f.name === spec.value);
    const out = new Map<unknown, Record<string, unknown>>();
    for (const r of frame.rows) {
      const key = r[spec.row];
      const col = columnName(r[spec.column]);
      if (!columns.has(col))
        columns.set(col, {
          name: col,
          type: 'number',
          ...(value?.unit ? { unit: value.unit } : {}),
        });
      let row = out.get(key);
      if (!row) {
        row = { [spec.row]: key };
        out.set(key, row);
      }
      row[col] = ((row[col] as number | undefined) ?? 0) + (numberOf(r[spec.value]) ?? 0);
    }
    return {
      ...frame,
      fields: [shaped.fields[0] as FieldDecl, ...columns.values()],
      rows: [...out.values()],
    };
  },
});
