import { z } from 'zod';
import { fieldOf } from '../frame.js';
import { anyField, need, numberOf, numeric } from '../transforms/define.js';
import { axisKey, axisOf } from './axis.js';
import { contextOf, defineView, optionalText, unitOf } from './define.js';

/** How a matrix view reads its rows. */
export const matrixSpec = z
  .object({
    row: z.string().min(1),
    column: z.string().min(1),
    value: z.string().min(1),
    unit: optionalText,
  })
  .strict();

/** A matrix mapping as written. */
export type MatrixSpec = z.infer<typeof matrixSpec>;

/** A grid of summed values by two keys; both axes are complete (every weekday, every hour). */
export const matrixView = defineView({
  kind: 'matrix',
  schema: matrixSpec,
  check(spec, shape) {
    need(shape, spec.row, ['row'], anyField);
    need(shape, spec.column, ['column'], anyField);
    need(shape, spec.value, ['value'], numeric);
  },
  build(spec, frame, context) {
    const rows = axisOf(fieldOf(frame, spec.row), spec.row, frame.rows, context);
    const columns = axisOf(fieldOf(frame, spec.column), spec.column, frame.rows, context);
    const ri = new Map(rows.map((r, i) => [r.key, i]));
    const ci = new Map(columns.map((c, i) => [c.key, i]));
    const values: (number | null)[][] = rows.map(() => columns.map(() => null));
    for (const r of frame.rows) {
      const i = ri.get(axisKey(r[spec.row]));
      const j = ci.get(axisKey(r[spec.column]));
      const v = numberOf(r[spec.value]);
      const line = i === undefined ? undefined : values[i];
      if (line && j !== undefined && v !== null) line[j] = (line[j] ?? 0) + v;
    }
    return {
      kind: 'matrix',
      rows,
      columns,
      values,
      unit: unitOf(frame, spec.value, spec.unit),
      ...contextOf(frame, context),
    };
  },
});
