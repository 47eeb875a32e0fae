import { describe, expect, it, vi } from 'vitest';
import { connectFeedClient, createFeedClient, createOnescreenStore } from '../src/client/index.js';
import { FakeClock, settle } from './helpers/fake-clock.js';
import { createFakeFetch, jsonResponse } from './helpers/fake-fetch.js';
import { FakeVisibility } from './helpers/fake-visibility.js';
import { testDoc, testParse } from './helpers/test-feed.js';

describe('store fed by the feed client', () => {
  it('mirrors every client change until unlinked', async () => {
    const clock = new FakeClock();
    let n = 0;
    const net = createFakeFetch(() => jsonResponse(testDoc(`2022-12-31T14:0${n++}:00+08:00`)));
    const client = createFeedClient({
      feeds: [
        { id: 'fire', url: '/fire.json', intervalMs: 1000, timeoutMs: 500, staleAfterMs: 5000 },
      ],
      parse: testParse,
      fetch: net.fetch,
      clock,
      visibility: new FakeVisibility(),
    });
    const store = createOnescreenStore();
    const unlink = connectFeedClient(store, client);
    expect(store.getState().feeds.fire?.status).toBe('loading');
    const listener = vi.fn();
    store.subscribe(listener);
    client.start();
    await settle();
    expect(store.getState().feeds).toBe(client.getState());
    expect(store.getState().feeds.fire?.asOf).toBe('2022-12-31T14:00:00+08:00');
    await clock.advance(1000);
    expect(store.getState().feeds.fire?.asOf).toBe('2022-12-31T14:01:00+08:00');
    expect(listener).toHaveBeenCalledTimes(2);
    unlink();
    await clock.advance(1000);
    expect(store.getState().feeds.fire?.asOf).toBe('2022-12-31T14:01:00+08:00');
    client.stop();
  });

  it('needs no React: the store module loads with react unavailable', async () => {
    vi.resetModules();
    vi.doMock('react', () => {
      throw new Error('react must not be imported by the core');
    });
    const core = await import('../src/client/index.js');
    expect(typeof core.createOnescreenStore().getState().selectPlace).toBe('function');
    vi.doUnmock('react');
  });
});
