import { z } from 'zod';
import { defineTransform, need, numberOf } from './define.js';

/** A sort spec: the field, and the order (default descending: the biggest first). */
export const sortSpec = z
  .object({
    field: z.string().min(1),
    order: z.enum(['asc', 'desc']).default('desc'),
  })
  .strict();

/** Orders the rows by one field; numbers as numbers, anything else as text; ties keep their order. */
export const sort = defineTransform({
  key: 'sort',
  schema: sortSpec,
  shape(spec, input) {
    need(input, spec.field, ['field']);
    return input;
  },
  run(spec, frame) {
    const sign = spec.order === 'asc' ? 1 : -1;
    const rows = frame.rows
      .map((r, i) => ({ r, i }))
      .sort((a, b) => {
        const x = a.r[spec.field];
        const y = b.r[spec.field];
        const nx = numberOf(x);
        const ny = numberOf(y);
        // Rows without a value go last whatever the order.
        if ((x ?? null) === null || (y ?? null) === null) {
          return (x ?? null) === null ? ((y ?? null) === null ? a.i - b.i : 1) : -1;
        }
        const c =
          nx !== null && ny !== null ? nx - ny : String(x).localeCompare(String(y), 'zh-CN');
        return c === 0 ? a.i - b.i : c * sign;
      })
      .map((e) => e.r);
    return { ...frame, rows };
  },
});

/** Keeps the first n rows. */
export const top = defineTransform({
  key: 'top',
  schema: z.number().int().min(1).max(10_000),
  shape(_n, input) {
    return input;
  },
  run(n, frame) {
    return { ...frame, rows: frame.rows.slice(0, n) };
  },
});
