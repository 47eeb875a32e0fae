import { readFeedText } from '../feeds/parse.js';
import type { Channel } from './channel.js';
import type { Clock, TimerHandle } from './clock.js';
import { countRecords } from './count-records.js';
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
  /**
   * Read one document's text (size cap, BOM, JSON) and parse it for every feed of the channel;
   * returns how many accepted it. Polled and pushed documents both come through here.
   */
  receive(channel: Channel, text: string, transport: FeedTransport): number;
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

  function receive(channel: Channel, text: string, transport: FeedTransport): number {
    // A document identical to the one every feed of the channel holds confirms those values
    // like a 304: no parse, and the same value objects, so no view downstream is recomputed.
    const now = clock.now();
    const records = channel.feedIds.map(recordOf);
    if (records.every((r) => r.source?.text === text)) {
      for (const record of records) confirm(record, now, transport);
      return records.length;
    }
    const read = readFeedText(text);
    if (read.ok) return accept(channel, text, read.value, transport);
    for (const id of channel.feedIds) {
      const record = recordOf(id);
      record.lastError = describeProblems(id, [read.problem]);
      record.lastErrorKind = read.reason;
    }
    return 0;
  }

  function accept(channel: Channel, text: string, body: unknown, transport: FeedTransport): number {
    const now = clock.now();
    let accepted = 0;
    for (const id of channel.feedIds) {
      const record = recordOf(id);
      if (record.source?.text === text) {
        // This feed already holds this document (another feed of the URL did not).
        confirm(record, now, transport);
        accepted += 1;
        continue;
      }
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
      const kept = countRecords(result.feed.data);
      record.dropped = result.dropped;
      record.records = kept + result.dropped.length;
      const first = result.dropped[0];
      if (kept === 0 && first !== undefined) {
        // Every record was invalid: an empty screen would read as "nothing happened", so the
        // document is refused like a broken one and the last good value stays on the wall.
        record.lastError = `${id}: all ${record.records} records dropped; first ${first.pointer}: ${first.reason}`;
        record.lastErrorKind = 'dropped';
        continue;
      }
      accepted += 1;
      record.value = result.feed;
      record.source = { text, dropped: record.dropped, records: record.records };
      confirm(record, now, transport);
    }
    return accepted;
  }

  /** The source stands by the record's value: it is fresh again and any failure is over. */
  function confirm(record: FeedRecord, now: number, transport: FeedTransport): void {
    // The drops are those of the value's document again (a refused one may have come between).
    if (record.source) {
      record.dropped = record.source.dropped;
      record.records = record.source.records;
    }
    record.lastSuccess = now;
    record.lastError = undefined;
    record.lastErrorKind = undefined;
    record.transport = transport;
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
    receive,
    fail,
    watchStaleness,
  };
}
