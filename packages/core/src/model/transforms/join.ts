import { z } from 'zod';
import type { FieldDecl } from '../../feeds/fields/types.js';
import { ModelFault } from '../fault.js';
import { faults } from '../messages.js';
import { defineTransform, fresh, need, type TransformDef } from './define.js';

/** A join spec: another table of the same feed, the matching fields, and what to copy. */
export const joinSpec = z
  .object({
    table: z.string().min(1).describe('Another table of the same feed'),
    on: z.string().min(1).describe('The field of these rows to match'),
    key: z
      .string()
      .min(1)
      .optional()
      .describe('The field of the other table it matches (default: same name)'),
    fields: z
      .union([z.array(z.string().min(1)).min(1).max(20), z.record(z.string(), z.string().min(1))])
      .describe('Fields to copy: names, or { newName: otherField }'),
  })
  .strict();

/** A join spec as written. */
export type JoinSpec = z.infer<typeof joinSpec>;

const pairs = (spec: JoinSpec): [string, string][] =>
  Array.isArray(spec.fields) ? spec.fields.map((f) => [f, f]) : Object.entries(spec.fields);

/** Looks values up in another table of the same feed (category names, district targets). */
export const join: TransformDef<JoinSpec> = defineTransform({
  key: 'join',
  schema: joinSpec,
  shape(spec, input, context) {
    const other = context.tables?.[spec.table];
    if (!other)
      throw new ModelFault(
        ['table'],
        faults.noTable(spec.table, Object.keys(context.tables ?? {})),
      );
    need(input, spec.on, ['on']);
    const otherShape = { fields: other };
    need(otherShape, spec.key ?? spec.on, ['key']);
    const added: FieldDecl[] = pairs(spec).map(([as, from]) => {
      fresh(input, as, ['fields', as]);
      return { ...need(otherShape, from, ['fields', as]), name: as, optional: true };
    });
    return { fields: [...input.fields, ...added] };
  },
  run(spec, frame, context) {
    const other = context.table?.(spec.table);
    if (!other) throw new ModelFault(['table'], faults.noTable(spec.table, []));
    const fields = join.shape(
      spec,
      { fields: frame.fields, open: true },
      { tables: { [spec.table]: other.fields } },
    ).fields;
    const key = spec.key ?? spec.on;
    const index = new Map<unknown, Record<string, unknown>>();
    for (const r of other.rows) if (!index.has(r[key])) index.set(r[key], r);
    const copy = pairs(spec);
    const rows = frame.rows.map((r) => {
      const hit = index.get(r[spec.on]);
      return { ...r, ...Object.fromEntries(copy.map(([as, from]) => [as, hit?.[from] ?? null])) };
    });
    return { ...frame, fields, rows };
  },
});
