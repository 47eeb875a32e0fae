import { groupByUrl } from './channel.js';
import { createChannelPoller } from './channel-poller.js';
import { createChannelStream } from './channel-stream.js';
import type { ClientContext } from './client-context.js';
import { systemClock } from './clock.js';
import { platformEventSource } from './event-source.js';
import { createFeedBook } from './feed-book.js';
import type { FeedClient, FeedClientOptions } from './types.js';
import { validateFeedConfigs } from './validate-config.js';
import { documentVisibility } from './visibility.js';

/**
 * A feed client: polls each feed URL (one request per URL), validates what arrives with `parse`,
 * keeps the last good value through failures, backs off on errors, pauses while the page is
 * hidden and takes push updates over Server-Sent Events where configured.
 */
export function createFeedClient(options: FeedClientOptions): FeedClient {
  validateFeedConfigs(options.feeds);
  const clock = options.clock ?? systemClock;
  let running = false;
  const ctx: ClientContext = {
    clock,
    random: options.random ?? Math.random,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    visibility: options.visibility ?? documentVisibility(),
    eventSource: options.eventSource ?? platformEventSource(),
    book: createFeedBook(options.feeds, options.parse, clock),
    isRunning: () => running,
  };
  const channels = [...groupByUrl(options.feeds).values()];
  const channelOf = new Map(channels.flatMap((c) => c.feedIds.map((id) => [id, c] as const)));
  const poller = createChannelPoller(ctx);
  const streams = createChannelStream(ctx, poller);
  let unsubscribeVisibility: (() => void) | undefined;

  function onVisibilityChange(): void {
    if (!running) return;
    const visible = ctx.visibility.isVisible();
    for (const channel of channels) {
      if (visible) {
        // Shown again: fetch at once rather than wait out an interval.
        void poller.poll(channel);
        streams.open(channel);
      } else {
        poller.cancel(channel);
        streams.close(channel);
      }
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      unsubscribeVisibility = ctx.visibility.subscribe(onVisibilityChange);
      ctx.book.watchStaleness(true);
      if (!ctx.visibility.isVisible()) return;
      for (const channel of channels) {
        void poller.poll(channel);
        streams.open(channel);
      }
    },
    stop() {
      if (!running) return;
      running = false;
      unsubscribeVisibility?.();
      unsubscribeVisibility = undefined;
      for (const channel of channels) {
        poller.cancel(channel);
        poller.abort(channel);
        streams.close(channel);
      }
      ctx.book.watchStaleness(false);
    },
    refresh(id) {
      const channel = channelOf.get(id);
      if (channel === undefined) return Promise.reject(new Error(`unknown feed: ${id}`));
      return poller.poll(channel);
    },
    subscribe: (listener) => ctx.book.subscribe(listener),
    getState: () => ctx.book.state(),
  };
}
