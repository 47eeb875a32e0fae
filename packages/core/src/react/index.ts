// React binding of the @onescreen/core store (entry `@onescreen/core/react`), named one by one.
export {
  OnescreenContext,
  OnescreenStoreProvider,
  type OnescreenStoreProviderProps,
} from './context.js';
export { type FeedAgeOptions, useFeedAge } from './use-feed-age.js';
export { useFeed, useOnescreen, useOnescreenStore } from './use-onescreen.js';
