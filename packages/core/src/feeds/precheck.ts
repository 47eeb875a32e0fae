import { FEED_LIMITS } from './limits.js';
import { describeFound, type FeedProblem, toPointer } from './pointer.js';

/**
 * Refuses oversized arrays and over-deep nesting before any schema walks the value. An
 * oversized array is reported without visiting its items, so a 10 MB array costs one check.
 */
export function precheck(root: unknown): FeedProblem[] {
  const problems: FeedProblem[] = [];
  const path: PropertyKey[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== 'object') return;
    if (depth > FEED_LIMITS.maxDepth) {
      problems.push({
        pointer: toPointer(path),
        expected: `nesting at most ${FEED_LIMITS.maxDepth} levels deep`,
        found: 'deeper nesting',
      });
      return;
    }
    if (Array.isArray(node)) {
      if (node.length > FEED_LIMITS.maxArrayLength) {
        problems.push({
          pointer: toPointer(path),
          expected: `an array of at most ${FEED_LIMITS.maxArrayLength} items`,
          found: describeFound(node),
        });
        return;
      }
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        visit(node[i], depth + 1);
        path.pop();
      }
      return;
    }
    // Keys, not entries: a pair array per property of every record added up.
    for (const key of Object.keys(node)) {
      path.push(key);
      visit((node as Record<string, unknown>)[key], depth + 1);
      path.pop();
    }
  };
  visit(root, 0);
  return problems;
}
