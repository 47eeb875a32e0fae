import { useContext, useRef, useSyncExternalStore } from 'react';
import type { FeedState } from '../client/types.js';
import type { OnescreenState, OnescreenStore } from '../store/create-onescreen-store.js';
import { OnescreenContext } from './context.js';

/** The store of the nearest `OnescreenStoreProvider`; throws outside one. */
export function useOnescreenStore(): OnescreenStore {
  const store = useContext(OnescreenContext);
  if (store === null) {
    throw new Error('useOnescreen: no OnescreenStoreProvider above this component');
  }
  return store;
}

interface Selection<T> {
  state: OnescreenState;
  selector: (state: OnescreenState) => T;
  value: T;
}

/**
 * Read a slice of the screen store and re-render when it changes. React compares slices by
 * identity: a selector that builds a new object each time needs `equal`, which keeps the
 * previous slice (and skips the render) while the two are equal. Without `equal` the selector
 * must return the same value for the same state (use `createRecordsSelector` for lists).
 */
export function useOnescreen<T>(
  selector: (state: OnescreenState) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useOnescreenStore();
  const last = useRef<Selection<T> | null>(null);
  const snapshot = () => {
    const state = store.getState();
    const prev = last.current;
    if (prev !== null && prev.state === state && prev.selector === selector) return prev.value;
    const next = selector(state);
    const value = prev !== null && equal(prev.value, next) ? prev.value : next;
    last.current = { state, selector, value };
    return value;
  };
  // The server snapshot is the current state too: a screen rendered ahead of time (a test, a
  // static export) shows what the store holds, not the store's initial state.
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}

/** One feed's state (undefined for an unknown id). */
export function useFeed(id: string): FeedState | undefined {
  return useOnescreen((state) => state.feeds[id]);
}
