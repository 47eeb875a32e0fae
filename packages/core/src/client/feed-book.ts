import type { Channel } from './channel.js';
import type { Clock, TimerHandle } from './clock.js';
import { describeProblems } from './describe-problems.js';
import { emptyRecord, type FeedRecord, snapshotFeed } from './feed-snapshot.js';
import type {
  FeedClientState,
  FeedConfig,
  FeedErrorKind,
  FeedTransport,
  ParseFeed,
} from './types.js';

/** The feed client's book: one record per feed, the snapshot, its listeners and stale timers. */
export interface FeedBook {
  record(id: string): FeedRecord;
  state(): FeedClientState;
  subscribe(listener: (state: FeedClientState) => void): () => void;
  /** Take new snapshots of these feeds and tell the listeners. */
  emit(ids: readonly string[]): void;
  /** Parse one document for every feed of the channel; returns how many accepted it. */
  accept(channel: Channel, body: unknown, transport: FeedTransport): number;
  /** Record the same failure on every feed of the channel. */
  fail(channel: Channel, kind: FeedErrorKind, message: string): void;
  /** Arm (true) or clear (false) the timers that flip feeds to stale on time. */
  watchStaleness(on: boolean): void;
}

// A listener that throws must not stop the polling loop; report it the way an uncaught
// error in an event handler would be reported, once we are done.
function reportLater(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

/** A book for these feeds, parsing with `parse` and timing with `clock`. */
export function createFeedBook(
  feeds: readonly FeedConfig[],
  parse: ParseFeed,
  clock: Clock,
): FeedBook {
  const records = new Map<string, FeedRecord>(feeds.map((feed) => [feed.id, emptyRecord(feed)]));
  const listeners = new Set<(state: FeedClientState) => void>();
  const staleTimers = new Map<string, TimerHandle>();
  let watching = false;
  const recordOf = (id: string): FeedRecord => records.get(id) as FeedRecord;
  let state: FeedClientState = Object.fromEntries(
    [...records].map(([id, record]) => [id, snapshotFeed(record, clock.now())]),
  );

  function armStale(id: string, now: number): void {
    clock.clearTimeout(staleTimers.get(id));
    staleTimers.delete(id);
    const record = recordOf(id);
    if (!watching || record.lastSuccess === undefined) return;
    const due = record.lastSuccess + record.config.staleAfterMs - now;
    if (due < 0) return;
    // +1: stale means the age has passed the limit, not reached it.
    const timer = clock.setTimeout(() => {
      staleTimers.delete(id);
      emit([id]);
    }, due + 1);
    staleTimers.set(id, timer);
  }

  function emit(ids: readonly string[]): void {
    const now = clock.now();
    const next: Record<string, FeedClientState[string]> = { ...state };
    for (const id of ids) {
      next[id] = snapshotFeed(recordOf(id), now);
      armStale(id, now);
    }
    state = next;
    for (const listener of [...listeners]) {
      try {
        listener(state);
      } catch (error) {
        reportLater(error);
      }
    }
  }

  function accept(channel: Channel, body: unknown, transport: FeedTransport): number {
    const now = clock.now();
    let accepted = 0;
    for (const id of channel.feedIds) {
      const record = recordOf(id);
      let result: ReturnType<ParseFeed>;
      try {
        result = parse(body, record.config);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        record.lastError = `${id}: the parser failed: ${reason}`;
        record.lastErrorKind = 'schema';
        continue;
      }
      if (!result.ok) {
        // A rejected document leaves the last good value in place.
        record.lastError = describeProblems(id, result.problems);
        record.lastErrorKind = 'schema';
        continue;
      }
      accepted += 1;
      record.value = result.feed;
      record.dropped = result.dropped;
      record.lastSuccess = now;
      record.lastError = undefined;
      record.lastErrorKind = undefined;
      record.transport = transport;
    }
    return accepted;
  }

  function fail(channel: Channel, kind: FeedErrorKind, message: string): void {
    channel.failures += 1;
    for (const id of channel.feedIds) {
      const record = recordOf(id);
      record.lastError = `${id}: ${message}`;
      record.lastErrorKind = kind;
    }
  }

  function watchStaleness(on: boolean): void {
    watching = on;
    const now = clock.now();
    for (const id of records.keys()) armStale(id, now);
  }

  return {
    record: recordOf,
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    emit,
    accept,
    fail,
    watchStaleness,
  };
}
