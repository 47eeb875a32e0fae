// Feed client, store and formatting of @onescreen/core, named one by one.
export { backoffDelay, defaultMaxBackoff } from './backoff.js';
export { type Clock, systemClock, type TimerHandle } from './clock.js';
export { createFeedClient } from './create-feed-client.js';
export { describeProblems } from './describe-problems.js';
export {
  type EventSourceFactory,
  type EventSourceLike,
  platformEventSource,
} from './event-source.js';
export { feedAge } from './feed-snapshot.js';
export type {
  FeedClient,
  FeedClientOptions,
  FeedClientState,
  FeedConfig,
  FeedErrorKind,
  FeedState,
  FeedStatus,
  FeedTransport,
  ParseFeed,
} from './types.js';
export { documentVisibility, type Visibility } from './visibility.js';
