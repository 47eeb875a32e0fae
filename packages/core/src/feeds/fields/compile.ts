import { z } from 'zod';
import {
  booleanField,
  categoryField,
  dateField,
  datetimeField,
  integerField,
  latitudeField,
  longitudeField,
  monthField,
  numberField,
  placeField,
  quarterField,
  stringField,
  yearField,
} from './build.js';
import { readField } from './path.js';
import type { FieldDecl, TableDecl } from './types.js';

/** The zod schema of one declared field (its type, constraints and words). */
export function fieldSchema(decl: FieldDecl): z.ZodType {
  const words = {
    ...(decl.label ? { label: decl.label } : {}),
    ...(decl.unit ? { unit: decl.unit } : {}),
  };
  const bounds = {
    ...(decl.min === undefined ? {} : { min: decl.min }),
    ...(decl.max === undefined ? {} : { max: decl.max }),
  };
  const values =
    decl.values && decl.values.length > 0 ? (decl.values as [string, ...string[]]) : null;
  switch (decl.type) {
    case 'number':
      return numberField({ ...words, ...bounds });
    case 'integer':
      return integerField({ ...words, ...bounds });
    case 'boolean':
      return booleanField(words);
    case 'string':
      return values ? categoryField(values, words) : stringField(words);
    case 'category':
      return values
        ? categoryField(values, {
            ...words,
            ...(decl.valueLabels ? { valueLabels: decl.valueLabels } : {}),
          })
        : stringField(words);
    case 'year':
      return yearField(words);
    case 'quarter':
      return quarterField(words);
    case 'month':
      return monthField(words);
    case 'date':
      return dateField(words);
    case 'datetime':
      return datetimeField(words);
    case 'place':
      return placeField({
        ...words,
        ...(values ? { values } : {}),
        ...(decl.nameField ? { nameField: decl.nameField } : {}),
        ...(decl.within ? { within: decl.within } : {}),
      });
    case 'longitude':
      return longitudeField(words);
    case 'latitude':
      return latitudeField(words);
  }
}

interface Node {
  schema?: z.ZodType;
  optional: boolean;
  children: Map<string, Node>;
}

/**
 * The record schema of a declared table: dotted names become nested objects (or tuples for
 * 0, 1, …), absent-or-null is allowed for optional fields, and a place declared `within`
 * another must start with that one's code.
 */
export function tableSchema(fields: TableDecl): z.ZodType<Record<string, unknown>> {
  const root: Node = { optional: false, children: new Map() };
  for (const decl of fields) {
    let node = root;
    for (const part of decl.name.split('.')) {
      let child = node.children.get(part);
      if (!child) {
        child = { optional: true, children: new Map() };
        node.children.set(part, child);
      }
      // A parent is required as soon as one of its fields is.
      if (!decl.optional) child.optional = false;
      node = child;
    }
    node.schema = fieldSchema(decl);
  }
  const record = build(root) as z.ZodObject;
  const within = fields.filter((f) => f.type === 'place' && f.within !== undefined);
  if (within.length === 0) return record as z.ZodType<Record<string, unknown>>;
  return record.superRefine((rec, ctx) => {
    for (const f of within) {
      const inner = readField(rec, f.name);
      const outer = readField(rec, f.within ?? '');
      if (typeof inner === 'string' && typeof outer === 'string' && !inner.startsWith(outer)) {
        ctx.addIssue({
          code: 'custom',
          path: f.name.split('.'),
          message: `a place inside ${f.within} ${outer}`,
        });
      }
    }
  }) as z.ZodType<Record<string, unknown>>;
}

function build(node: Node): z.ZodType {
  if (node.schema) return node.schema;
  const keys = [...node.children.keys()];
  const wrap = (child: Node) => {
    const s = build(child);
    return child.optional ? s.nullish() : s;
  };
  if (keys.length > 0 && keys.every((k, i) => k === String(i))) {
    return z.tuple(
      keys.map((k) => wrap(node.children.get(k) as Node)) as [z.ZodType, ...z.ZodType[]],
    );
  }
  return z.object(Object.fromEntries(keys.map((k) => [k, wrap(node.children.get(k) as Node)])));
}
