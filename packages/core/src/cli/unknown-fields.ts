import { toPointer } from '../feeds/pointer.js';
import { closestName } from './edit-distance.js';

/** A field the schema does not know: the parser ignores it, which hides a misspelt name. */
export interface UnknownField {
  /** JSON pointer of the unknown field. */
  pointer: string;
  /** Its name. */
  field: string;
  /** A known field of the same object it is probably a misspelling of (missing ones first). */
  didYouMean?: string;
}

type Schema = Record<string, unknown>;

/**
 * Every field of `value` that its JSON Schema does not declare, walking objects (`properties`),
 * arrays (`items`, `prefixItems`), unions (`anyOf`/`oneOf`/`allOf`, all their fields) and local
 * `$ref`s. Objects whose schema declares no properties (open maps) are not judged.
 */
export function unknownFields(value: unknown, schema: Schema): UnknownField[] {
  const found: UnknownField[] = [];
  const resolve = (node: unknown): Schema[] => {
    if (node === null || typeof node !== 'object') return [];
    const s = node as Schema;
    if (typeof s.$ref === 'string' && s.$ref.startsWith('#/')) {
      let target: unknown = schema;
      for (const key of s.$ref.slice(2).split('/')) target = (target as Schema | undefined)?.[key];
      return resolve(target);
    }
    const parts = ['anyOf', 'oneOf', 'allOf'].flatMap((k) =>
      Array.isArray(s[k]) ? (s[k] as unknown[]).flatMap(resolve) : [],
    );
    return [s, ...parts];
  };
  const visit = (node: unknown, schemas: Schema[], path: PropertyKey[]): void => {
    if (node === null || typeof node !== 'object' || schemas.length === 0) return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        const forItem = schemas.flatMap((s) => {
          const prefix = Array.isArray(s.prefixItems) ? s.prefixItems[i] : undefined;
          return resolve(prefix ?? (Array.isArray(s.items) ? s.items[i] : s.items));
        });
        visit(item, forItem, [...path, i]);
      });
      return;
    }
    const declared = new Map<string, Schema[]>();
    for (const s of schemas) {
      const props = s.properties as Record<string, unknown> | undefined;
      for (const [k, v] of Object.entries(props ?? {})) {
        declared.set(k, [...(declared.get(k) ?? []), ...resolve(v)]);
      }
    }
    if (declared.size === 0) return;
    const record = node as Record<string, unknown>;
    const known = [...declared.keys()];
    const missing = known.filter((k) => !(k in record));
    for (const [key, child] of Object.entries(record)) {
      const forChild = declared.get(key);
      if (forChild) {
        visit(child, forChild, [...path, key]);
        continue;
      }
      const guess = closestName(key, missing) ?? closestName(key, known);
      found.push({
        pointer: toPointer([...path, key]),
        field: key,
        ...(guess === undefined ? {} : { didYouMean: guess }),
      });
    }
  };
  visit(value, resolve(schema), []);
  return found;
}
