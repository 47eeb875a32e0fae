import type { DroppedRecord, FeedEnvelope } from './feed-contract.js';
import type {
  FeedConfig,
  FeedErrorKind,
  FeedHealth,
  FeedState,
  FeedStatus,
  FeedTransport,
} from './types.js';

/** Share of a document's records whose loss marks a feed degraded, unless its config says. */
export const DEFAULT_DEGRADED_DROP_SHARE = 0.5;

/** The client's mutable book-keeping for one feed, from which snapshots are taken. */
export interface FeedRecord {
  config: FeedConfig;
  value: FeedEnvelope<unknown> | undefined;
  /**
   * The document `value` was parsed from, with what its parse dropped: the same text read
   * again (a server without ETags, a producer rewriting an unchanged file, a push of the same
   * document) keeps `value` as it is, unparsed, so nothing downstream sees a change.
   */
  source: ValueSource | undefined;
  /** Records dropped from the latest document read (which may not have become the value). */
  dropped: readonly DroppedRecord[];
  /** Records the latest document read held, kept and dropped. */
  records: number;
  lastSuccess: number | undefined;
  lastError: string | undefined;
  lastErrorKind: FeedErrorKind | undefined;
  transport: FeedTransport;
}

/** The text a feed's value was parsed from, and the records that parse dropped and read. */
export interface ValueSource {
  text: string;
  dropped: readonly DroppedRecord[];
  records: number;
}

/** A fresh record for a feed nothing has been heard from. */
export function emptyRecord(config: FeedConfig): FeedRecord {
  return {
    config,
    value: undefined,
    source: undefined,
    dropped: [],
    records: 0,
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

// Red when the last try failed (including a document that lost every record), amber when the
// latest document lost more than the feed's allowed share of its records.
function healthOf(record: FeedRecord): FeedHealth {
  if (record.lastError !== undefined) return 'failed';
  const share = record.config.degradedDropShare ?? DEFAULT_DEGRADED_DROP_SHARE;
  const lost = record.records > 0 ? record.dropped.length / record.records : 0;
  return lost > share ? 'degraded' : 'ok';
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
    records: record.records,
    health: healthOf(record),
    age,
    transport: record.transport,
  };
}
