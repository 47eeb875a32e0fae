import { type Node, parseTree } from 'jsonc-parser';

/** A 1-based line and column (columns count UTF-16 code units, as editors do). */
export interface Position {
  line: number;
  column: number;
}

/** Path segments of an RFC 6901 JSON pointer ('' is the whole document). */
export function pointerPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Where a pointer sits; with `key`, where the field's name is rather than its value. */
export type Locate = (pointer: string, options?: { key?: boolean }) => Position | undefined;

/**
 * Finds where JSON pointers sit in a document's text. The text is parsed once into a syntax tree
 * (jsonc-parser: offsets of every node); a pointer to a missing field lands on the object that
 * should hold it, which is where a producer has to add it.
 */
export function createLocator(text: string): Locate {
  const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: true });
  const lineStarts = lineStartsOf(text);
  return (pointer, options = {}) => {
    if (root === undefined) return undefined;
    let node: Node = root;
    for (const segment of pointerPath(pointer)) {
      const child = childOf(node, segment);
      if (child === undefined) break;
      node = child;
    }
    // A property's value has its name as the parent node's first child.
    const at = options.key && node.parent?.type === 'property' ? node.parent : node;
    return positionOf(lineStarts, at.offset);
  };
}

function childOf(node: Node, segment: string): Node | undefined {
  if (node.type === 'array') {
    return /^\d+$/.test(segment) ? node.children?.[Number(segment)] : undefined;
  }
  if (node.type !== 'object') return undefined;
  // The last of duplicate keys wins in JSON.parse, so it is the one the problem is about.
  const property = node.children?.findLast((p) => p.children?.[0]?.value === segment);
  return property?.children?.[1];
}

/** The line and column of a text offset, given the offsets where lines start. */
export function positionOf(lineStarts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] as number) + 1 };
}

/** Offsets where each line of `text` starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
