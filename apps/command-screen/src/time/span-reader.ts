import { type Binding, type FeedEnvelope, type PeriodSpan, periodSpanOf } from '@onescreen/core';

type SpanBinding = Pick<Binding, 'feed' | 'pointer' | 'transforms'>;

/**
 * The screen's span of months (periodSpanOf) read feed by feed, remembering each feed's span
 * for the value it came from: when one feed changes, only its records are scanned again, not
 * the hotline's thousands of cases because the petitions moved. `known` gives a value's span
 * when another thread already worked it out (null: none; undefined: not known, scan it here).
 */
export function spanReader(
  bindings: readonly SpanBinding[],
  known: (value: FeedEnvelope<unknown>) => PeriodSpan | null | undefined = () => undefined,
): (feedOf: (name: string) => FeedEnvelope<unknown> | undefined) => PeriodSpan | undefined {
  const byFeed = new Map<string, SpanBinding[]>();
  for (const b of bindings) byFeed.set(b.feed, [...(byFeed.get(b.feed) ?? []), b]);
  const read = new Map<string, { value: FeedEnvelope<unknown>; span: PeriodSpan | undefined }>();
  return (feedOf) => {
    let first: string | undefined;
    let last: string | undefined;
    for (const [name, list] of byFeed) {
      const value = feedOf(name);
      if (!value) continue;
      let entry = read.get(name);
      if (entry?.value !== value) {
        const given = known(value);
        entry = {
          value,
          span: given === undefined ? periodSpanOf(list, () => value) : (given ?? undefined),
        };
        read.set(name, entry);
      }
      const span = entry.span;
      if (!span) continue;
      if (first === undefined || span.first < first) first = span.first;
      if (last === undefined || span.last > last) last = span.last;
    }
    return first !== undefined && last !== undefined ? { first, last } : undefined;
  };
}
