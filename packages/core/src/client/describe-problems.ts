import type { FeedProblem } from './feed-contract.js';

/** One problem as a phrase, e.g. `/data/monthly/3/received expected a non-negative integer, found -4`. */
export function describeProblem(problem: FeedProblem): string {
  // The empty JSON pointer means the whole document.
  const where = problem.pointer === '' ? '(document)' : problem.pointer;
  return `${where} expected ${problem.expected}, found ${problem.found}`;
}

/**
 * One line naming the feed and its first problem, e.g.
 * `petitions: /data/monthly/3/received expected a non-negative integer, found -4 (and 2 more)`.
 */
export function describeProblems(feedId: string, problems: readonly FeedProblem[]): string {
  const first = problems[0];
  if (first === undefined) return `${feedId}: rejected by the parser`;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return `${feedId}: ${describeProblem(first)}${more}`;
}
