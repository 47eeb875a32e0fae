import { backoffDelay } from './backoff.js';
import type { Channel, InFlight } from './channel.js';
import type { ClientContext } from './client-context.js';
import { type FetchOutcome, fetchDocument, noValidators } from './fetch-document.js';

/** Polling of one channel (URL): one request at a time, timeout, backoff, conditional GET. */
export interface ChannelPoller {
  /** Fetch now unless a request runs; resolves when that request has been settled. */
  poll(channel: Channel): Promise<void>;
  /** Arm the next poll, unless stopped, hidden, streaming or mid-request. */
  schedule(channel: Channel): void;
  /** Disarm the next poll. */
  cancel(channel: Channel): void;
  /** Abort the running request; its late answer is ignored. */
  abort(channel: Channel): void;
}

/** The poller of a feed client. */
export function createChannelPoller(ctx: ClientContext): ChannelPoller {
  const { clock, book } = ctx;

  function settle(channel: Channel, outcome: FetchOutcome, timedOut: boolean): void {
    if (outcome.kind === 'failed') {
      if (outcome.errorKind === 'aborted') {
        const why = timedOut ? `timed out after ${channel.timeoutMs} ms` : 'aborted';
        book.fail(channel, 'timeout', why);
      } else book.fail(channel, outcome.errorKind, outcome.message);
    } else if (outcome.kind === 'unchanged') {
      const held = channel.feedIds.map(book.record).filter((r) => r.value !== undefined);
      if (held.length === 0) {
        // A 304 we did not ask for: nothing to keep, so forget the validators and fetch whole.
        channel.validators = noValidators();
        book.fail(channel, 'no-copy', 'HTTP 304 but no copy is held');
      } else {
        channel.failures = 0;
        const now = clock.now();
        for (const record of held) {
          record.lastSuccess = now;
          record.lastError = undefined;
          record.lastErrorKind = undefined;
        }
      }
    } else if (book.receive(channel, outcome.text, 'poll') > 0) {
      channel.failures = 0;
      channel.validators = outcome.validators;
    } else {
      // Never let a 304 later "confirm" a document that was rejected.
      channel.validators = noValidators();
      channel.failures += 1;
    }
    book.emit(channel.feedIds);
  }

  function cancel(channel: Channel): void {
    clock.clearTimeout(channel.pollTimer);
    channel.pollTimer = undefined;
  }

  function schedule(channel: Channel): void {
    cancel(channel);
    if (!ctx.isRunning() || !ctx.visibility.isVisible()) return;
    if (channel.streamOpen || channel.request !== undefined) return;
    const delay =
      channel.failures === 0
        ? channel.intervalMs
        : backoffDelay(channel.failures, channel.intervalMs, channel.maxBackoffMs, ctx.random);
    channel.pollTimer = clock.setTimeout(() => {
      channel.pollTimer = undefined;
      void poll(channel);
    }, delay);
  }

  function poll(channel: Channel): Promise<void> {
    if (!ctx.isRunning()) return Promise.resolve();
    // Never two requests to one URL: a caller arriving mid-request shares its result.
    if (channel.request !== undefined) return channel.request.done;
    cancel(channel);
    const controller = new AbortController();
    const request: InFlight = {
      controller,
      timedOut: false,
      timeoutTimer: undefined,
      done: Promise.resolve(),
    };
    request.timeoutTimer = clock.setTimeout(() => {
      request.timedOut = true;
      controller.abort();
    }, channel.timeoutMs);
    channel.request = request;
    const fetched = fetchDocument(ctx.fetch, channel.url, channel.validators, controller.signal);
    request.done = fetched.then((outcome) => {
      clock.clearTimeout(request.timeoutTimer);
      // abort() already cleaned up after this request; its answer is no longer wanted.
      if (channel.request !== request) return;
      channel.request = undefined;
      try {
        settle(channel, outcome, request.timedOut);
      } finally {
        schedule(channel);
      }
    });
    return request.done;
  }

  function abort(channel: Channel): void {
    const request = channel.request;
    channel.request = undefined;
    if (request === undefined) return;
    clock.clearTimeout(request.timeoutTimer);
    request.controller.abort();
  }

  return { poll, schedule, cancel, abort };
}
