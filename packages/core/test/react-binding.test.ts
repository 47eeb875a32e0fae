import { createElement, useSyncExternalStore } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  createOnescreenStore,
  createRecordsSelector,
  type FeedClientState,
  formatAge,
  type OnescreenStore,
} from '../src/client/index.js';
import { OnescreenStoreProvider, useFeed, useOnescreen } from '../src/react/index.js';
import { type TestRecord, testDoc } from './helpers/test-feed.js';

const value = testDoc('2022-12-31T14:00:00+08:00', [
  { district: '330109', month: '2022-12', count: 5 },
  { district: '330411', month: '2022-12', count: 9 },
]);
const feeds: FeedClientState = {
  petitions: {
    id: 'petitions',
    url: '/petitions.json',
    status: 'ready',
    value,
    asOf: value.asOf,
    lastSuccess: 0,
    lastError: undefined,
    lastErrorKind: undefined,
    dropped: [],
    records: 0,
    health: 'ok',
    age: 300_000,
    transport: 'poll',
  },
};

const petitions = createRecordsSelector<TestRecord>({
  feed: 'petitions',
  records: (data) => (data as { records: TestRecord[] }).records,
});

function Panel() {
  const feed = useFeed('petitions');
  const rows = useOnescreen(petitions);
  const place = useOnescreen((s) => s.place ?? 'all');
  // Text children only: React escapes them, as feed strings must be.
  return createElement(
    'p',
    { 'data-state': feed?.status },
    `${place}: ${rows.map((r) => r.count).join('+')} · ${formatAge(feed?.age, 'zh-CN')}`,
  );
}

describe('React binding (server render, no DOM)', () => {
  it('renders what the selectors pick from the store', () => {
    const store = createOnescreenStore({ place: '330109' });
    store.getState().setFeeds(feeds);
    const html = renderToString(
      createElement(OnescreenStoreProvider, { store }, createElement(Panel)),
    );
    expect(html).toBe('<p data-state="ready">330109: 5 · 5 分钟前</p>');
    store.getState().selectPlace(undefined);
    const again = renderToString(
      createElement(OnescreenStoreProvider, { store }, createElement(Panel)),
    );
    expect(again).toBe('<p data-state="ready">all: 5+9 · 5 分钟前</p>');
  });

  it('escapes markup arriving in feed strings', () => {
    const store = createOnescreenStore();
    store.getState().setFeeds({
      petitions: {
        ...(feeds.petitions as NonNullable<FeedClientState[string]>),
        value: { ...value, source: '<img src=x onerror=alert(1)>' },
      },
    });
    const html = renderToString(
      createElement(OnescreenStoreProvider, { store }, createElement(Name)),
    );
    expect(html).toBe('<span>&lt;img src=x onerror=alert(1)&gt;</span>');
  });

  it('throws a clear error without a provider', () => {
    expect(() => renderToString(createElement(Panel))).toThrow(/no OnescreenStoreProvider/);
  });

  it('gives React a stable snapshot, as useSyncExternalStore requires', () => {
    const store = createOnescreenStore();
    store.getState().setFeeds(feeds);
    expect(renderToString(createElement(Probe, { store }))).toBe('<i>true</i>');
  });
});

/** Shows the petitions feed's source string, to prove React renders it as text. */
function Name() {
  const feed = useFeed('petitions');
  return createElement('span', null, feed?.value?.source);
}

/** Reads the same selector through useSyncExternalStore and directly, and says whether they agree. */
function Probe({ store }: { store: OnescreenStore }) {
  // The same getSnapshot twice in one render must agree, or React warns of a tearing loop.
  const get = () => petitions(store.getState());
  const a = useSyncExternalStore(store.subscribe, get, get);
  const b = petitions(store.getState());
  return createElement('i', null, String(a === b));
}
