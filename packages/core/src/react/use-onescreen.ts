import { useContext, useSyncExternalStore } from 'react';
import type { FeedState } from '../client/types.js';
import type { OnescreenState, OnescreenStore } from '../store/create-onescreen-store.js';
import { OnescreenContext } from './context.js';

/** The store of the nearest `OnescreenProvider`; throws outside one. */
export function useOnescreenStore(): OnescreenStore {
  const store = useContext(OnescreenContext);
  if (store === null) {
    throw new Error('useOnescreen: no OnescreenProvider above this component');
  }
  return store;
}

/**
 * Read a slice of the screen store and re-render when it changes. The selector must return the
 * same value for the same state (use `createRecordsSelector` for lists), as React compares by identity.
 */
export function useOnescreen<T>(selector: (state: OnescreenState) => T): T {
  const store = useOnescreenStore();
  const snapshot = () => selector(store.getState());
  // The server snapshot is the current state too: a screen rendered ahead of time (a test, a
  // static export) shows what the store holds, not the store's initial state.
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}

/** One feed's state (undefined for an unknown id). */
export function useFeed(id: string): FeedState | undefined {
  return useOnescreen((state) => state.feeds[id]);
}
