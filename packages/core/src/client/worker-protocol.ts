import type { DroppedRecord } from './feed-contract.js';
import type { FeedConfig, FeedState } from './types.js';
import type { ValueDelta } from './value-delta.js';

/** What the page tells a feed worker. */
export type ToFeedWorker =
  | {
      type: 'start';
      feeds: FeedConfig[];
      /** Whatever the worker's parser needs besides the feed (the kind each feed must have). */
      data: unknown;
      /** The deriver's context when the page set one before starting (see FeedDeriver). */
      context?: { value: unknown };
    }
  | { type: 'stop' }
  /** The page's latest context for the worker's deriver (its selection, say); see FeedDeriver. */
  | { type: 'context'; context: unknown }
  | { type: 'visible'; visible: boolean }
  | { type: 'refresh'; id: string; request: number };

/**
 * One feed's new state as the worker sends it: every field but the value and the drops, which
 * come only when they changed, so the page keeps the objects it has and everything that
 * compares them by identity sees no change. A changed value comes as JSON text (`null` for no
 * value), or, when most of its records are the ones sent last time, as a delta against that.
 */
export interface WireFeed {
  state: Omit<FeedState, 'value' | 'dropped'>;
  valueText?: string | null;
  valueDelta?: ValueDelta;
  dropped?: readonly DroppedRecord[];
  /** What the worker's deriver made of the changed value (see FeedDeriver), when it made any. */
  derived?: unknown;
}

/** What a feed worker tells the page. */
export type FromFeedWorker =
  | { type: 'state'; feeds: WireFeed[] }
  | { type: 'refreshed'; request: number; error?: string };

/** The half of a message channel each side holds (a Worker, a worker's global scope, a port). */
export interface MessageEnd<In, Out> {
  postMessage(message: Out): void;
  addEventListener(type: 'message', listener: (event: { data: In }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: In }) => void): void;
}
