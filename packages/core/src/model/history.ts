import { feedDeclaration } from '../feeds/declarations.js';
import type { FeedEnvelope } from '../feeds/envelope.js';
import type { Binding } from './binding.js';
import { tableFrame } from './frame.js';
import { dayRange, periodOf } from './period-key.js';
import type { PeriodSpan } from './period-steps.js';
import { dated } from './transforms/define.js';

// Which months a screen can travel through: the months present in the records that the
// bindings following the screen period read, on the date field each of them filters on.

/**
 * The table field whose dates follow the screen period in a binding: the field of its first
 * `filter {period: "screen"}` or `group … unit: "screen"` (the table's first date field when
 * the step names none). Undefined for a binding that does not follow the screen period.
 */
export function screenPeriodField(
  binding: Pick<Binding, 'transforms'>,
  table: readonly { name: string; type: string }[],
): string | undefined {
  for (const step of binding.transforms) {
    const filter = step.filter as { period?: unknown; field?: unknown } | undefined;
    if (filter?.period === 'screen') return fieldOr(filter.field, table);
    const group = step.group as { by?: unknown } | undefined;
    if (Array.isArray(group?.by)) {
      for (const key of group.by) {
        if (key && typeof key === 'object' && (key as { unit?: unknown }).unit === 'screen') {
          return fieldOr((key as { field?: unknown }).field, table);
        }
      }
    }
  }
  return undefined;
}

function fieldOr(
  field: unknown,
  table: readonly { name: string; type: string }[],
): string | undefined {
  if (typeof field === 'string') return field;
  return table.find((f) => dated.test(f as never))?.name;
}

/**
 * The span of months in the data of the bindings that follow the screen period: from the
 * earliest to the latest month any of their records is dated (a record dated only by its year
 * or quarter counts as all its months). Undefined when no such record is there yet.
 */
export function periodSpanOf(
  bindings: readonly Pick<Binding, 'feed' | 'pointer' | 'transforms'>[],
  feedOf: (name: string) => FeedEnvelope<unknown> | undefined,
): PeriodSpan | undefined {
  let first: string | undefined;
  let last: string | undefined;
  const seen = new Set<string>();
  for (const binding of bindings) {
    const feed = feedOf(binding.feed);
    if (!feed) continue;
    const table = binding.pointer.slice('/data/'.length);
    const fields = feedDeclaration(feed)?.[table];
    if (!fields) continue;
    const field = screenPeriodField(binding, fields);
    // Two bindings on the same table and field read the same dates: scan them once.
    const id = `${binding.feed}\u0000${table}\u0000${field}`;
    if (field === undefined || seen.has(id)) continue;
    seen.add(id);
    const records = (feed.data as Record<string, unknown> | undefined)?.[table];
    if (!Array.isArray(records)) continue;
    // The records as the bindings read them (read out once per feed value, shared with them),
    // and each distinct period worked out once: thousands of cases fall on a few hundred days.
    const done = new Set<string>();
    for (const row of tableFrame(fields, records).rows) {
      const key = periodOf(row[field]);
      if (key === undefined || done.has(key)) continue;
      done.add(key);
      const range = dayRange(key);
      if (range === undefined) continue;
      const from = range[0].slice(0, 7);
      const to = range[1].slice(0, 7);
      if (first === undefined || from < first) first = from;
      if (last === undefined || to > last) last = to;
    }
  }
  return first !== undefined && last !== undefined ? { first, last } : undefined;
}
