// Feed client, store and formatting of @onescreen/core, named one by one.

// The store and formatting live beside the client; they are named here for the package index.
export {
  formatAge,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatYuan,
  type Lang,
  MISSING,
  type NumberOptions,
  type PercentOptions,
  SCREEN_TIME_ZONE,
} from '../format/index.js';
export {
  carouselIndexAt,
  checkPeriod,
  connectFeedClient,
  createOnescreenStore,
  createRecordsSelector,
  districtOf,
  inPeriod,
  inPlace,
  isPlaceCode,
  monthsOf,
  type OnescreenInit,
  type OnescreenState,
  type OnescreenStore,
  type Period,
  type Placed,
  type PlaceMatch,
  type RecordsQuery,
  selectFeed,
  yearPeriod,
} from '../store/index.js';
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
