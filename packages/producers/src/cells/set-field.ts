/**
 * Sets a dotted field in a record being built (`times.received`, `location.0`): a numeric part
 * makes an array, any other an object, as core's declarations read them back.
 */
export function setField(record: Record<string, unknown>, name: string, value: unknown): void {
  const parts = name.split('.');
  let node: Record<string, unknown> | unknown[] = record;
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    const key = /^\d+$/.test(part) && Array.isArray(node) ? Number(part) : part;
    const slot = node as Record<string | number, unknown>;
    if (last) {
      slot[key] = value;
      return;
    }
    if (slot[key] === undefined || slot[key] === null) {
      slot[key] = /^\d+$/.test(parts[i + 1] as string) ? [] : {};
    }
    node = slot[key] as Record<string, unknown> | unknown[];
  });
}
