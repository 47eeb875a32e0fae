import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FeedClient, FeedClientState } from '../client/types.js';
import { checkPeriod, type Period } from './period.js';
import { isPlaceCode } from './place.js';

/** What the screen holds: every feed's state and what the viewer selected. */
export interface OnescreenState {
  /** Every feed's state, as the feed client last reported it. */
  feeds: FeedClientState;
  /** Selected district adcode or town code; undefined for the whole area. */
  place: string | undefined;
  /** Selected months; undefined for all. */
  period: Period | undefined;
  /** Index of the carousel view on show. */
  carousel: number;
  /** Replace the feed states (the feed client calls this through `connectFeedClient`). */
  setFeeds(feeds: FeedClientState): void;
  /** Select a district or town by code, or the whole area with undefined. */
  selectPlace(code: string | undefined): void;
  /** Select a period of months, or all with undefined. */
  selectPeriod(period: Period | undefined): void;
  /** Show carousel view `index`. */
  setCarousel(index: number): void;
  /** Step the carousel by `by` views (default 1) around `count` views. */
  stepCarousel(count: number, by?: number): void;
}

/** The vanilla zustand store of a screen. */
export type OnescreenStore = StoreApi<OnescreenState>;

/** Initial selection of a new store. */
export interface OnescreenInit {
  /** Initially selected place code. */
  place?: string;
  /** Initially selected period. */
  period?: Period;
  /** Initial carousel index. */
  carousel?: number;
}

function checkPlace(code: string | undefined): string | undefined {
  if (code !== undefined && !isPlaceCode(code)) {
    throw new RangeError(`not a district adcode (6 digits) or town code (9 digits): ${code}`);
  }
  return code;
}

/** Create a screen store (no React; bind it with `@onescreen/core/react`). */
export function createOnescreenStore(init: OnescreenInit = {}): OnescreenStore {
  return createStore<OnescreenState>()((set) => ({
    feeds: {},
    place: checkPlace(init.place),
    period: init.period === undefined ? undefined : checkPeriod(init.period),
    carousel: init.carousel ?? 0,
    setFeeds: (feeds) => set({ feeds }),
    selectPlace: (code) => set({ place: checkPlace(code) }),
    selectPeriod: (period) =>
      set({ period: period === undefined ? undefined : checkPeriod(period) }),
    setCarousel: (index) => set({ carousel: Math.max(0, Math.trunc(index)) }),
    stepCarousel: (count, by = 1) =>
      set((s) => ({ carousel: count > 0 ? (((s.carousel + by) % count) + count) % count : 0 })),
  }));
}

/** Feed the store from a client: now and on every change. Returns the function that unlinks them. */
export function connectFeedClient(store: OnescreenStore, client: FeedClient): () => void {
  store.getState().setFeeds(client.getState());
  return client.subscribe((feeds) => store.getState().setFeeds(feeds));
}
