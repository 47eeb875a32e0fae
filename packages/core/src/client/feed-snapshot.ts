import type { DroppedRecord, FeedEnvelope } from './feed-contract.js';
import type { FeedConfig, FeedErrorKind, FeedState, FeedStatus, FeedTransport } from './types.js';

/** The client's mutable book-keeping for one feed, from which snapshots are taken. */
export interface FeedRecord {
  config: FeedConfig;
  value: FeedEnvelope<unknown> | undefined;
  dropped: readonly DroppedRecord[];
  lastSuccess: number | undefined;
  lastError: string | undefined;
  lastErrorKind: FeedErrorKind | undefined;
  transport: FeedTransport;
}

/** A fresh record for a feed nothing has been heard from. */
export function emptyRecord(config: FeedConfig): FeedRecord {
  return {
    config,
    value: undefined,
    dropped: [],
    lastSuccess: undefined,
    lastError: undefined,
    lastErrorKind: undefined,
    transport: 'poll',
  };
}

/** Ms since the source last confirmed the feed's value, at time `now`; undefined before any success. */
export function feedAge(state: Pick<FeedState, 'lastSuccess'>, now: number): number | undefined {
  return state.lastSuccess === undefined ? undefined : Math.max(0, now - state.lastSuccess);
}

// A value that has not gone stale is shown as ready even when the latest attempt failed:
// one missed poll should not flip a wall of widgets; `lastError` still says what happened.
function statusOf(record: FeedRecord, age: number | undefined): FeedStatus {
  if (record.value === undefined) return record.lastError === undefined ? 'loading' : 'error';
  return age !== undefined && age > record.config.staleAfterMs ? 'stale' : 'ready';
}

/** The immutable state of one feed at time `now`. */
export function snapshotFeed(record: FeedRecord, now: number): FeedState {
  const age = feedAge(record, now);
  return {
    id: record.config.id,
    url: record.config.url,
    status: statusOf(record, age),
    value: record.value,
    asOf: record.value?.asOf,
    lastSuccess: record.lastSuccess,
    lastError: record.lastError,
    lastErrorKind: record.lastErrorKind,
    dropped: record.dropped,
    age,
    transport: record.transport,
  };
}
