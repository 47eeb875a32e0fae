import type { Clock } from './clock.js';
import type { EventSourceFactory } from './event-source.js';
import type { FeedBook } from './feed-book.js';
import type { Visibility } from './visibility.js';

/** What the parts of one feed client share: the platform and the book of feed states. */
export interface ClientContext {
  clock: Clock;
  random: () => number;
  fetch: typeof globalThis.fetch;
  visibility: Visibility;
  eventSource: EventSourceFactory | undefined;
  book: FeedBook;
  /** True between start() and stop(). */
  isRunning(): boolean;
}
