import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createOnescreenStore,
  createRecordsSelector,
  documentVisibility,
  type FeedClientState,
  type FeedState,
  formatAge,
} from '../src/client/index.js';
import { OnescreenStoreProvider, useFeed, useFeedAge, useOnescreen } from '../src/react/index.js';
import { type TestRecord, testDoc } from './helpers/test-feed.js';

// React's act() needs this flag outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function feedsWith(records: TestRecord[], lastSuccess = 0): FeedClientState {
  const value = testDoc('2022-12-31T14:00:00+08:00', records);
  return {
    petitions: {
      id: 'petitions',
      url: '/petitions.json',
      status: 'ready',
      value,
      asOf: value.asOf,
      lastSuccess,
      lastError: undefined,
      lastErrorKind: undefined,
      dropped: [],
      records: 0,
      health: 'ok',
      age: 0,
      transport: 'poll',
    },
  };
}

const petitions = createRecordsSelector<TestRecord>({
  feed: 'petitions',
  records: (data) => (data as { records: TestRecord[] }).records,
});

let renders = 0;
function Panel() {
  renders += 1;
  const feed = useFeed('petitions');
  const rows = useOnescreen(petitions);
  return createElement(
    'p',
    { 'data-state': feed?.status ?? 'loading' },
    rows.map((r) => r.count).join('+'),
  );
}

const host = document.createElement('div');
document.body.append(host);
let unmount: (() => void) | undefined;
afterEach(() => {
  act(() => unmount?.());
  unmount = undefined;
});

describe('React binding in a real browser', () => {
  it('re-renders on store changes that matter, and only on those', () => {
    const store = createOnescreenStore();
    let listeners = 0;
    const subscribe = store.subscribe;
    store.subscribe = (listener) => {
      listeners += 1;
      const off = subscribe(listener);
      return () => {
        listeners -= 1;
        off();
      };
    };
    const root = createRoot(host);
    unmount = () => root.unmount();
    act(() => root.render(createElement(OnescreenStoreProvider, { store }, createElement(Panel))));
    expect(host.innerHTML).toBe('<p data-state="loading"></p>');
    expect(listeners).toBeGreaterThan(0);

    act(() =>
      store.getState().setFeeds(
        feedsWith([
          { district: '330109', month: '2022-12', count: 5 },
          { district: '330411', month: '2022-12', count: 9 },
        ]),
      ),
    );
    expect(host.innerHTML).toBe('<p data-state="ready">5+9</p>');

    act(() => store.getState().selectPlace('330411'));
    expect(host.innerHTML).toBe('<p data-state="ready">9</p>');

    const before = renders;
    act(() => store.getState().setCarousel(4)); // nothing the panel reads
    expect(renders).toBe(before);

    act(() => root.unmount());
    unmount = undefined;
    expect(listeners).toBe(0);
  });

  it('keeps the age current with one interval, cleared on unmount', () => {
    vi.useFakeTimers({ now: Date.UTC(2022, 11, 31, 6, 10, 0) });
    try {
      const store = createOnescreenStore();
      store.getState().setFeeds(feedsWith([], Date.now() - 5 * 60_000));
      const root = createRoot(host);
      unmount = () => root.unmount();
      act(() => root.render(createElement(OnescreenStoreProvider, { store }, createElement(Age))));
      expect(host.textContent).toBe('5 分钟前');
      act(() => vi.advanceTimersByTime(60_000));
      expect(host.textContent).toBe('6 分钟前');
      expect(vi.getTimerCount()).toBe(1);
      act(() => root.unmount());
      unmount = undefined;
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a selected slice that is equal to the last one, and renders nothing for it', () => {
    const store = createOnescreenStore();
    const records = [{ district: '330109', month: '2022-12', count: 5 }];
    store.getState().setFeeds(feedsWith(records, 1000));
    const value = store.getState().feeds.petitions?.value;
    slices = 0;
    statusRenders = 0;
    statusValue = value;
    const root = createRoot(host);
    unmount = () => root.unmount();
    act(() => root.render(createElement(OnescreenStoreProvider, { store }, createElement(Status))));
    expect(host.textContent).toBe('ready:true');
    const before = statusRenders;
    // The same value confirmed later: a new feed state, an equal slice.
    const confirmed = feedsWith(records, 9000).petitions as FeedState;
    act(() => store.getState().setFeeds({ petitions: { ...confirmed, value } }));
    expect(slices).toBeGreaterThan(1);
    expect(statusRenders).toBe(before);
    act(() => store.getState().setFeeds({ petitions: { ...confirmed, value, status: 'stale' } }));
    expect(host.textContent).toBe('stale:true');
    expect(statusRenders).toBe(before + 1);
  });

  it('reads the real page visibility', () => {
    const visibility = documentVisibility();
    expect(visibility.isVisible()).toBe(document.visibilityState !== 'hidden');
    let calls = 0;
    const off = visibility.subscribe(() => {
      calls += 1;
    });
    document.dispatchEvent(new Event('visibilitychange'));
    off();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(calls).toBe(1);
  });
});

let slices = 0;
let statusRenders = 0;
let statusValue: unknown;
/** The petitions feed's status, from a slice built anew on every call (as a status summary is). */
function Status() {
  statusRenders += 1;
  const slice = useOnescreen(
    (s) => {
      slices += 1;
      const f = s.feeds.petitions;
      return { status: f?.status, value: f?.value };
    },
    (a, b) => a.status === b.status && a.value === b.value,
  );
  return createElement('p', null, `${slice.status}:${slice.value === statusValue}`);
}

/** The petitions feed's age, in words, refreshed every 15 s. */
function Age() {
  return createElement(
    'span',
    null,
    formatAge(useFeedAge('petitions', { everyMs: 15_000 }), 'zh-CN'),
  );
}
