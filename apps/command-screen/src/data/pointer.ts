/** Thrown when a JSON pointer names something the document does not hold. */
export class PointerError extends Error {
  override name = 'PointerError';
}

/** Resolve an RFC 6901 JSON pointer ('' is the whole document) against parsed JSON. */
export function resolvePointer(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  if (!pointer.startsWith('/')) throw new PointerError(`"${pointer}" does not start with /`);
  let node: unknown = doc;
  let walked = '';
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    walked += `/${raw}`;
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(key) || Number(key) >= node.length) {
        throw new PointerError(`${walked}: no item ${key} in an array of ${node.length}`);
      }
      node = node[Number(key)];
    } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, key)) {
      node = (node as Record<string, unknown>)[key];
    } else {
      throw new PointerError(`${walked}: not found`);
    }
  }
  return node;
}
