// Feed client, store and formatting of @onescreen/core, named one by one.

// The store and formatting live beside the client; they are named here for the package index.
export {
  type ClockParts,
  clockParts,
  formatAge,
  formatComparison,
  formatDate,
  formatDateTime,
  formatFixed,
  formatGrouped,
  formatNumber,
  formatPercent,
  formatPeriod,
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
  msUntilNextStep,
  type OnescreenInit,
  type OnescreenState,
  type OnescreenStore,
  type Placed,
  type PlaceMatch,
  type PlaybackStart,
  type PlaybackStep,
  playbackStepAt,
  type RecordsQuery,
  type RotationSlot,
  rotationAt,
  selectFeed,
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
export { type FeedDrops, feedDrops } from './feed-drops.js';
export { feedAge } from './feed-snapshot.js';
export { type FeedDeriver, type HostedClientInput, hostFeedClient } from './feed-worker-host.js';
export type {
  FeedClient,
  FeedClientOptions,
  FeedClientState,
  FeedConfig,
  FeedErrorKind,
  FeedHealth,
  FeedState,
  FeedStatus,
  FeedTransport,
  ParseFeed,
} from './types.js';
export type { ValueDelta, WireTable } from './value-delta.js';
export { documentVisibility, type Visibility } from './visibility.js';
export {
  createWorkerFeedClient,
  type FeedWorkerLike,
  type WorkerFeedClient,
  type WorkerFeedClientOptions,
} from './worker-feed-client.js';
export type { FromFeedWorker, MessageEnd, ToFeedWorker, WireFeed } from './worker-protocol.js';
