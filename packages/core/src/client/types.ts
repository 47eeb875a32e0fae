import type { Clock } from './clock.js';
import type { EventSourceFactory } from './event-source.js';
import type { DroppedRecord, FeedEnvelope, ParseResult } from './feed-contract.js';
import type { Visibility } from './visibility.js';

/** How one feed is read: where from, how often, how long to wait, when it counts as stale. */
export interface FeedConfig {
  /** Name the screen uses for the feed (also the prefix of its error messages). */
  id: string;
  /** Where the JSON document is fetched from. Feeds sharing a URL share one request. */
  url: string;
  /** Time between polls after a success, in ms. */
  intervalMs: number;
  /** A request still running after this many ms is aborted. */
  timeoutMs: number;
  /** The feed is stale once its age passes this many ms. */
  staleAfterMs: number;
  /** Cap on the backoff delay after failures, in ms (default: max(intervalMs, 5 min)). */
  maxBackoffMs?: number;
  /** Server-Sent Events URL pushing whole feed documents; polling pauses while it is open. */
  sse?: string;
  /**
   * The feed is `degraded` when a document loses more than this share (0–1) of its records
   * (default 0.5: more than half). A document that loses every record is refused instead.
   */
  degradedDropShare?: number;
}

/** Where a feed stands: no data yet, fresh data, data older than its limit, or no data and a failure. */
export type FeedStatus = 'loading' | 'ready' | 'stale' | 'error';

/**
 * Why the last attempt failed, for messages in the screen's language: `too-large` is a
 * document over the size cap, `dropped` one whose every record was invalid.
 */
export type FeedErrorKind =
  | 'http'
  | 'network'
  | 'timeout'
  | 'json'
  | 'too-large'
  | 'schema'
  | 'dropped'
  | 'no-copy';

/**
 * How whole the feed is: `failed` (red) when the last try failed, `degraded` (amber) when the
 * latest document lost more than the allowed share of its records, else `ok`.
 */
export type FeedHealth = 'ok' | 'degraded' | 'failed';

/** How the last good value arrived. */
export type FeedTransport = 'poll' | 'sse';

/** Everything the screen knows about one feed, as an immutable snapshot. */
export interface FeedState<T = unknown> {
  /** The feed's id from its config. */
  id: string;
  /** The feed's URL from its config. */
  url: string;
  /** loading, ready, stale or error (see FeedStatus). */
  status: FeedStatus;
  /** The last good parsed feed; kept through failures and rejected documents. */
  value: FeedEnvelope<T> | undefined;
  /** The `asOf` of the value: when the producer says the data was true. */
  asOf: string | undefined;
  /** When the source last confirmed the value (a 200 that parsed, a 304, or a push), epoch ms. */
  lastSuccess: number | undefined;
  /** Human message naming the feed (and the field, where known); cleared by a success. */
  lastError: string | undefined;
  /** Category of `lastError`, for localised wording. */
  lastErrorKind: FeedErrorKind | undefined;
  /**
   * Records the parser dropped from the latest document read, each with its reason. Usually
   * that document is the value; one that lost every record was refused and the value is older.
   */
  dropped: readonly DroppedRecord[];
  /** Records the latest document held, kept and dropped (0 before any): "dropped of records". */
  records: number;
  /** ok, degraded (lost more than the allowed share) or failed (see FeedHealth). */
  health: FeedHealth;
  /** Ms since `lastSuccess` when this snapshot was taken; use `feedAge` for the age now. */
  age: number | undefined;
  /** Whether the value came by polling or by push. */
  transport: FeedTransport;
}

/** Snapshot of every feed, keyed by feed id. A new object whenever any feed changes. */
export type FeedClientState = Readonly<Record<string, FeedState>>;

/** Turns a fetched JSON value into a feed (the `@onescreen/core` parser fits). */
export type ParseFeed = (input: unknown, feed: FeedConfig) => ParseResult<unknown>;

/** Options of `createFeedClient`; everything from the platform is injectable. */
export interface FeedClientOptions {
  /** The feeds to read. */
  feeds: readonly FeedConfig[];
  /** The parser that validates each fetched document. */
  parse: ParseFeed;
  /** `fetch` to use (default: the global one). */
  fetch?: typeof globalThis.fetch;
  /** Opens SSE streams (default: the global EventSource; none in Node 20). */
  eventSource?: EventSourceFactory;
  /** Timers and now (default: the system clock). */
  clock?: Clock;
  /** Page visibility (default: `document.visibilityState`). */
  visibility?: Visibility;
  /** Uniform [0, 1) source for backoff jitter (default: Math.random). */
  random?: () => number;
}

/** The running feed client. */
export interface FeedClient {
  /** Start polling and streaming; a second call does nothing. */
  start(): void;
  /** Stop everything: abort requests, close streams, clear every timer and listener. */
  stop(): void;
  /** Fetch a feed now unless its URL already has a request running; resolves when that ends. */
  refresh(id: string): Promise<void>;
  /** Call `listener` with the new snapshot on every change; returns the unsubscribe function. */
  subscribe(listener: (state: FeedClientState) => void): () => void;
  /** The current snapshot. */
  getState(): FeedClientState;
}
