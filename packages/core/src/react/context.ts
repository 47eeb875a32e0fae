import { createContext, createElement, type ReactNode } from 'react';
import type { OnescreenStore } from '../store/create-onescreen-store.js';

/** The screen store handed down the component tree. */
export const OnescreenContext = createContext<OnescreenStore | null>(null);

/** Props of `OnescreenStoreProvider`. */
export interface OnescreenStoreProviderProps {
  /** The store from `createOnescreenStore`. */
  store: OnescreenStore;
  /** The widgets that read the store. */
  children?: ReactNode;
}

/** Make a store available to `useOnescreen` below it. */
export function OnescreenStoreProvider({ store, children }: OnescreenStoreProviderProps) {
  return createElement(OnescreenContext.Provider, { value: store }, children);
}
