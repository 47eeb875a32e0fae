/** The value at a dotted field name inside a record (`times.received`, `location.0`). */
export function readField(record: unknown, name: string): unknown {
  if (!name.includes('.')) {
    return record !== null && typeof record === 'object'
      ? (record as Record<string, unknown>)[name]
      : undefined;
  }
  return readParts(record, name.split('.'));
}

/** The value at a field name already split at its dots: for reading many records by one name. */
export function readParts(record: unknown, parts: readonly string[]): unknown {
  let node: unknown = record;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
