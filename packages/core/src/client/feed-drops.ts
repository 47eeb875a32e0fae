import type { FeedState } from './types.js';

/** A feed's dropped records in short: how many, of how many, and why the first one went. */
export interface FeedDrops {
  /** Records dropped from the latest document. */
  count: number;
  /** Records that document held, dropped ones included. */
  of: number;
  /** The first dropped record's pointer and reason, e.g. "/data/cases/3: count: expected …". */
  firstReason?: string;
}

/**
 * The dropped records of a feed state as a screen shows them ("已丢弃 12/40 条 · 首个原因 …"), or
 * undefined when none were dropped. The shape is the widgets' `WidgetStatus.dropped`.
 */
export function feedDrops(state: Pick<FeedState, 'dropped' | 'records'>): FeedDrops | undefined {
  const first = state.dropped[0];
  if (first === undefined) return undefined;
  return {
    count: state.dropped.length,
    of: Math.max(state.records, state.dropped.length),
    firstReason: `${first.pointer}: ${first.reason}`,
  };
}
