// The screen store of @onescreen/core, named one by one.
export { carouselIndexAt, msUntilNextStep, type RotationSlot, rotationAt } from './carousel.js';
export {
  connectFeedClient,
  createOnescreenStore,
  type OnescreenInit,
  type OnescreenState,
  type OnescreenStore,
} from './create-onescreen-store.js';
export { checkPeriod, inPeriod } from './period.js';
export { districtOf, inPlace, isPlaceCode, type Placed, type PlaceMatch } from './place.js';
export {
  type PlaybackStart,
  type PlaybackStep,
  playbackStepAt,
} from './playback.js';
export { createRecordsSelector, type RecordsQuery, selectFeed } from './select-records.js';
