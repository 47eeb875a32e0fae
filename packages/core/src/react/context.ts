import { createContext, createElement, type ReactNode } from 'react';
import type { OnescreenStore } from '../store/create-onescreen-store.js';

/** The screen store handed down the component tree. */
export const OnescreenContext = createContext<OnescreenStore | null>(null);

/** Props of `OnescreenProvider`. */
export interface OnescreenProviderProps {
  /** The store from `createOnescreenStore`. */
  store: OnescreenStore;
  /** The widgets that read the store. */
  children?: ReactNode;
}

/** Make a store available to `useOnescreen` below it. */
export function OnescreenProvider({ store, children }: OnescreenProviderProps) {
  return createElement(OnescreenContext.Provider, { value: store }, children);
}
