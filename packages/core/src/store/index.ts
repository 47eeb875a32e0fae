// The screen store of @onescreen/core, named one by one.
export { carouselIndexAt } from './carousel.js';
export {
  connectFeedClient,
  createOnescreenStore,
  type OnescreenInit,
  type OnescreenState,
  type OnescreenStore,
} from './create-onescreen-store.js';
export { checkPeriod, inPeriod, monthsOf, type Period, yearPeriod } from './period.js';
export { districtOf, inPlace, isPlaceCode, type Placed, type PlaceMatch } from './place.js';
export { createRecordsSelector, type RecordsQuery, selectFeed } from './select-records.js';
