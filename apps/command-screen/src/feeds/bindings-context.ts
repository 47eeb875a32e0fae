import type { LocalText, OnescreenStore } from '@onescreen/core';
import { bindingsContextSender } from '../model/worker-views.js';
import type { ScreenFeedClient } from './screen-feeds.js';

/**
 * Keeps the feed worker's bindings in the screen's context: the store's place and period, and
 * the place names (read through `placeName`, as they change with the drill layers). `update`
 * says the names may have changed. A client on the page (no worker) has nothing to tell.
 */
export function linkBindingsContext(
  store: OnescreenStore,
  client: ScreenFeedClient,
  placeName: () => (code: string) => LocalText | undefined,
): { update(): void; unlink(): void } {
  const setContext = client.setContext;
  if (!setContext) return { update() {}, unlink() {} };
  const send = bindingsContextSender((context) => setContext(context));
  const update = () => {
    const { place, period } = store.getState();
    send(place, period, placeName());
  };
  update();
  // Every store change is heard; the sender sends only a new place, period or names.
  const unlink = store.subscribe(update);
  return { update, unlink };
}
