import { z } from 'zod';
import { fieldRegistry } from './registry.js';
import type { FieldDecl } from './types.js';

/**
 * The field declarations of a record schema built with the field builders, in shape order.
 * Nested objects and tuples give dotted names (`times.received`, `location.0`).
 */
export function declarationsOf(schema: z.ZodObject, prefix = ''): FieldDecl[] {
  const out: FieldDecl[] = [];
  for (const [key, value] of Object.entries(schema.shape)) collect(value, `${prefix}${key}`, out);
  return out;
}

function collect(schema: z.ZodType, name: string, out: FieldDecl[], optional = false): void {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    collect(schema.unwrap() as z.ZodType, name, out, true);
    return;
  }
  const meta = fieldRegistry.get(schema);
  if (meta) {
    out.push({ name, ...meta, ...(optional ? { optional: true } : {}) });
    return;
  }
  if (schema instanceof z.ZodObject) {
    const inner = declarationsOf(schema, `${name}.`);
    out.push(...(optional ? inner.map((d) => ({ ...d, optional: true })) : inner));
    return;
  }
  if (schema instanceof z.ZodTuple) {
    (schema.def.items as z.ZodType[]).forEach((item, i) => {
      collect(item, `${name}.${i}`, out, optional);
    });
    return;
  }
  throw new TypeError(`field "${name}" was not built with a field builder`);
}
