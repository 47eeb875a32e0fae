import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FeedClient, FeedClientState } from '../client/types.js';
import { checkPeriod } from './period.js';
import { isPlaceCode } from './place.js';

/** What the screen holds: every feed's state and what the viewer selected. */
export interface OnescreenState {
  /** Every feed's state, as the feed client last reported it. */
  feeds: FeedClientState;
  /** Selected district adcode, town code or zone id; undefined for the whole area. */
  place: string | undefined;
  /** The screen's period ('2022', '2022-Q2', '2022-06'); undefined for the latest in the data. */
  period: string | undefined;
  /** Index of the carousel view on show. */
  carousel: number;
  /** Replace the feed states (the feed client calls this through `connectFeedClient`). */
  setFeeds(feeds: FeedClientState): void;
  /** Select a district, town or zone by code, or the whole area with undefined. */
  selectPlace(code: string | undefined): void;
  /** Select the screen's period, or the latest with undefined. */
  selectPeriod(period: string | undefined): void;
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
  period?: string;
  /** Initial carousel index. */
  carousel?: number;
}

function checkPlace(code: string | undefined): string | undefined {
  if (code !== undefined && !isPlaceCode(code)) {
    throw new RangeError(
      `not a district adcode (6 digits), town code (9 digits) or zone id (330411101-G07): ${code}`,
    );
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
