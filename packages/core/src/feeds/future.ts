import { FEED_LIMITS } from './limits.js';
import type { FeedProblem } from './pointer.js';
import { describeFound, toPointer } from './pointer.js';
import { DATE_RE, MONTH_RE, TIMESTAMP_RE } from './primitives.js';

/** An instant as ISO 8601 in Asia/Shanghai (+08:00), the zone the feeds are written in. */
function shanghai(ms: number): string {
  return `${new Date(ms + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

/** When a time-like string starts, in ms since the epoch (dates and months in Asia/Shanghai). */
function startOf(s: string): number | undefined {
  if (TIMESTAMP_RE.test(s)) return Date.parse(s);
  if (DATE_RE.test(s)) return Date.parse(`${s}T00:00:00+08:00`);
  if (MONTH_RE.test(s)) return Date.parse(`${s}-01T00:00:00+08:00`);
  return undefined;
}

/**
 * Finds months, days and timestamps that start after `now` (plus clock skew) inside an
 * already schema-checked value. Only strings of those exact shapes are looked at.
 */
export function futureTimes(
  value: unknown,
  now: number,
  base: readonly PropertyKey[] = [],
): FeedProblem[] {
  const problems: FeedProblem[] = [];
  const visit = (node: unknown, path: PropertyKey[]): void => {
    if (typeof node === 'string') {
      const start = startOf(node);
      if (start !== undefined && start > now + FEED_LIMITS.clockSkewMs) {
        problems.push({
          pointer: toPointer(path),
          expected: `a time not in the future (now is ${shanghai(now)})`,
          found: describeFound(node),
        });
      }
    } else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node))
        visit(v, [...path, Array.isArray(node) ? Number(k) : k]);
    }
  };
  visit(value, [...base]);
  return problems;
}
