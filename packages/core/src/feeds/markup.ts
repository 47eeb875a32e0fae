import { toPointer } from './pointer.js';

/** A string in a feed that looks like HTML; consumers show it as plain text regardless. */
export interface MarkupHit {
  pointer: string;
  text: string;
}

const MARKUP = /<\s*[a-zA-Z!/?][^>]*>|&#?[a-zA-Z0-9]+;|javascript:/i;

/**
 * Finds strings that look like markup (tags, entities, javascript: URLs). Feeds are text and
 * are never interpreted; this only lets the validator warn a producer that something upstream
 * is pasting HTML into names.
 */
export function findMarkup(value: unknown): MarkupHit[] {
  const hits: MarkupHit[] = [];
  const visit = (node: unknown, path: PropertyKey[]): void => {
    if (typeof node === 'string') {
      if (MARKUP.test(node)) hits.push({ pointer: toPointer(path), text: node.slice(0, 60) });
    } else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) visit(v, [...path, k]);
    }
  };
  visit(value, []);
  return hits;
}
