import type { z } from 'zod';
import { describeFound, type FeedProblem, toPointer, valueAt } from './pointer.js';

const ARTICLE = /^[aeiou]/;

/** What a zod issue expected, phrased to follow the word "expected". */
function expectedOf(issue: z.core.$ZodIssue): string {
  // Our schemas phrase every message as a lowercase "what was expected"; zod's own
  // defaults start with a capital ("Invalid input …"), so they are rephrased here.
  if (!/^[A-Z]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `${ARTICLE.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
    case 'too_big':
      return `at most ${String(issue.maximum)}${issue.origin === 'array' ? ' items' : ''}`;
    case 'too_small':
      return `at least ${String(issue.minimum)}${issue.origin === 'array' ? ' items' : ''}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `no key ${issue.keys.join(', ')}`;
    default:
      return issue.message.toLowerCase();
  }
}

/** Converts zod issues into pointer-located problems; `base` is where `input` sits in the feed. */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  base: readonly PropertyKey[] = [],
): FeedProblem[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const pointer = toPointer([...base, ...issue.path]);
    const expected = expectedOf(issue);
    // Two checks failing the same way on one value read as one problem.
    if (seen.has(`${pointer}\n${expected}`)) return [];
    seen.add(`${pointer}\n${expected}`);
    return [{ pointer, expected, found: describeFound(valueAt(input, issue.path)) }];
  });
}
