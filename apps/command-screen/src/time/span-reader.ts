import { type Binding, type FeedEnvelope, type PeriodSpan, periodSpanOf } from '@onescreen/core';

type SpanBinding = Pick<Binding, 'feed' | 'pointer' | 'transforms'>;

/**
 * The screen's span of months (periodSpanOf) read feed by feed, remembering each feed's span
 * for the value it came from: when one feed changes, only its records are scanned again, not
 * the hotline's thousands of cases because the petitions moved.
 */
export function spanReader(
  bindings: readonly SpanBinding[],
): (feedOf: (name: string) => FeedEnvelope<unknown> | undefined) => PeriodSpan | undefined {
  const byFeed = new Map<string, SpanBinding[]>();
  for (const b of bindings) byFeed.set(b.feed, [...(byFeed.get(b.feed) ?? []), b]);
  const known = new Map<string, { value: FeedEnvelope<unknown>; span: PeriodSpan | undefined }>();
  return (feedOf) => {
    let first: string | undefined;
    let last: string | undefined;
    for (const [name, list] of byFeed) {
      const value = feedOf(name);
      if (!value) continue;
      let entry = known.get(name);
      if (entry?.value !== value) {
        entry = { value, span: periodSpanOf(list, () => value) };
        known.set(name, entry);
      }
      const span = entry.span;
      if (!span) continue;
      if (first === undefined || span.first < first) first = span.first;
      if (last === undefined || span.last > last) last = span.last;
    }
    return first !== undefined && last !== undefined ? { first, last } : undefined;
  };
}
