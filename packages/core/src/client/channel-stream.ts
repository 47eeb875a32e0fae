import { backoffDelay } from './backoff.js';
import type { Channel } from './channel.js';
import type { ChannelPoller } from './channel-poller.js';
import type { ClientContext } from './client-context.js';
import { noValidators } from './fetch-document.js';

/** Server-Sent Events of one channel: open, take pushes, fall back to polling, retry later. */
export interface ChannelStream {
  /** Open the channel's stream if it has one and none is open (and the client runs, visibly). */
  open(channel: Channel): void;
  /** Close the stream and cancel its retry, without counting a failure. */
  close(channel: Channel): void;
}

/** The stream handling of a feed client. */
export function createChannelStream(ctx: ClientContext, poller: ChannelPoller): ChannelStream {
  const { clock, book } = ctx;

  function drop(channel: Channel): void {
    const stream = channel.stream;
    channel.stream = undefined;
    channel.streamOpen = false;
    if (stream === undefined) return;
    stream.onopen = null;
    stream.onmessage = null;
    stream.onerror = null;
    stream.close();
  }

  function markOpen(channel: Channel): void {
    channel.streamOpen = true;
    channel.streamFailures = 0;
    // The stream now brings every update; polling would only duplicate it.
    poller.cancel(channel);
  }

  function receive(channel: Channel, data: string): void {
    // A pushed document may be newer than anything the validators describe.
    if (book.receive(channel, data, 'sse') > 0) channel.validators = noValidators();
    book.emit(channel.feedIds);
  }

  function retryLater(channel: Channel): void {
    channel.streamFailures += 1;
    const delay = backoffDelay(
      channel.streamFailures,
      channel.intervalMs,
      channel.maxBackoffMs,
      ctx.random,
    );
    channel.streamTimer = clock.setTimeout(() => {
      channel.streamTimer = undefined;
      open(channel);
    }, delay);
  }

  function open(channel: Channel): void {
    if (!ctx.isRunning() || !ctx.visibility.isVisible() || channel.stream !== undefined) return;
    if (channel.sseUrl === undefined || ctx.eventSource === undefined) return;
    clock.clearTimeout(channel.streamTimer);
    channel.streamTimer = undefined;
    const stream = ctx.eventSource(channel.sseUrl);
    channel.stream = stream;
    stream.onopen = () => {
      if (channel.stream === stream) markOpen(channel);
    };
    stream.onmessage = (event) => {
      if (channel.stream !== stream) return;
      if (!channel.streamOpen) markOpen(channel);
      receive(channel, event.data);
    };
    stream.onerror = () => {
      if (channel.stream !== stream) return;
      // Close rather than let EventSource reconnect on its own: the client decides when to
      // retry, and polls in the meantime.
      drop(channel);
      void poller.poll(channel);
      retryLater(channel);
    };
  }

  function close(channel: Channel): void {
    clock.clearTimeout(channel.streamTimer);
    channel.streamTimer = undefined;
    drop(channel);
  }

  return { open, close };
}
