import type { FeedProblem } from './feed-contract.js';

/**
 * One line naming the feed and its first problem, e.g.
 * `petitions: /data/monthly/3/received expected a non-negative integer, found -4 (and 2 more)`.
 */
export function describeProblems(feedId: string, problems: readonly FeedProblem[]): string {
  const first = problems[0];
  if (first === undefined) return `${feedId}: rejected by the parser`;
  // The empty JSON pointer means the whole document.
  const where = first.pointer === '' ? '(document)' : first.pointer;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return `${feedId}: ${where} expected ${first.expected}, found ${first.found}${more}`;
}
