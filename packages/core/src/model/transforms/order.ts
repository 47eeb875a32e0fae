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
    // Each row's value is read and converted once, not at every comparison (n·log n of them:
    // 130,000 for 10,000 records), and text compares through one collator, not a new one per
    // call as localeCompare with a locale makes.
    const entries = frame.rows.map((r, i) => {
      const x = r[spec.field];
      return { r, i, x, missing: (x ?? null) === null, n: numberOf(x) };
    });
    entries.sort((a, b) => {
      // Rows without a value go last whatever the order.
      if (a.missing || b.missing) return a.missing ? (b.missing ? a.i - b.i : 1) : -1;
      const c = a.n !== null && b.n !== null ? a.n - b.n : zhCollator().compare(`${a.x}`, `${b.x}`);
      return c === 0 ? a.i - b.i : c * sign;
    });
    return { ...frame, rows: entries.map((e) => e.r) };
  },
});

let collator: Intl.Collator | undefined;
/** The zh-CN collator (what `localeCompare(y, 'zh-CN')` compares with), made once. */
function zhCollator(): Intl.Collator {
  collator ??= new Intl.Collator('zh-CN');
  return collator;
}

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
