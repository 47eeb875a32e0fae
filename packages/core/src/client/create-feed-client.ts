import { backoffDelay } from './backoff.js';
import { type Channel, groupByUrl, type InFlight } from './channel.js';
import { systemClock, type TimerHandle } from './clock.js';
import { describeProblems } from './describe-problems.js';
import { platformEventSource } from './event-source.js';
import { emptyRecord, type FeedRecord, snapshotFeed } from './feed-snapshot.js';
import { type FetchOutcome, fetchDocument, type Validators } from './fetch-document.js';
import type {
  FeedClient,
  FeedClientOptions,
  FeedClientState,
  FeedErrorKind,
  FeedTransport,
} from './types.js';
import { validateFeedConfigs } from './validate-config.js';
import { documentVisibility } from './visibility.js';

const noValidators = (): Validators => ({ etag: undefined, lastModified: undefined });

// A listener that throws must not stop the polling loop; report it the way an uncaught
// error in an event handler would be reported, after we are done.
function reportLater(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

/**
 * A feed client: polls each feed URL (one request per URL), validates what arrives with `parse`,
 * keeps the last good value through failures, backs off on errors, pauses while the page is
 * hidden and takes push updates over Server-Sent Events where configured.
 */
export function createFeedClient(options: FeedClientOptions): FeedClient {
  validateFeedConfigs(options.feeds);
  const parse = options.parse;
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const clock = options.clock ?? systemClock;
  const visibility = options.visibility ?? documentVisibility();
  const streamFactory = options.eventSource ?? platformEventSource();
  const random = options.random ?? Math.random;

  const records = new Map<string, FeedRecord>();
  for (const feed of options.feeds) records.set(feed.id, emptyRecord(feed));
  const channels = groupByUrl(options.feeds);
  const channelOf = new Map<string, Channel>();
  for (const channel of channels.values())
    for (const id of channel.feedIds) channelOf.set(id, channel);
  const staleTimers = new Map<string, TimerHandle>();
  const listeners = new Set<(state: FeedClientState) => void>();
  let running = false;
  let unsubscribeVisibility: (() => void) | undefined;

  const recordOf = (id: string): FeedRecord => records.get(id) as FeedRecord;
  let state: FeedClientState = Object.fromEntries(
    [...records].map(([id, record]) => [id, snapshotFeed(record, clock.now())]),
  );

  function scheduleStale(id: string, now: number): void {
    clock.clearTimeout(staleTimers.get(id));
    staleTimers.delete(id);
    const record = recordOf(id);
    if (!running || record.lastSuccess === undefined) return;
    const due = record.lastSuccess + record.config.staleAfterMs - now;
    if (due < 0) return;
    // +1: stale means the age has passed the limit, not reached it.
    staleTimers.set(
      id,
      clock.setTimeout(() => {
        staleTimers.delete(id);
        emit([id]);
      }, due + 1),
    );
  }

  function emit(ids: readonly string[]): void {
    const now = clock.now();
    const next: Record<string, FeedClientState[string]> = { ...state };
    for (const id of ids) {
      next[id] = snapshotFeed(recordOf(id), now);
      scheduleStale(id, now);
    }
    state = next;
    for (const listener of [...listeners]) {
      try {
        listener(state);
      } catch (error) {
        reportLater(error);
      }
    }
  }

  function fail(channel: Channel, kind: FeedErrorKind, message: string): void {
    channel.failures += 1;
    for (const id of channel.feedIds) {
      const record = recordOf(id);
      record.lastError = `${id}: ${message}`;
      record.lastErrorKind = kind;
    }
  }

  /** Parse one document for every feed of the channel; returns how many accepted it. */
  function accept(channel: Channel, body: unknown, transport: FeedTransport, now: number): number {
    let accepted = 0;
    for (const id of channel.feedIds) {
      const record = recordOf(id);
      let result: ReturnType<typeof parse>;
      try {
        result = parse(body, record.config);
      } catch (error) {
        record.lastError = `${id}: the parser failed: ${error instanceof Error ? error.message : String(error)}`;
        record.lastErrorKind = 'schema';
        continue;
      }
      if (!result.ok) {
        // A rejected document leaves the last good value in place.
        record.lastError = describeProblems(id, result.problems);
        record.lastErrorKind = 'schema';
        continue;
      }
      accepted += 1;
      Object.assign(record, {
        value: result.feed,
        dropped: result.dropped,
        lastSuccess: now,
        lastError: undefined,
        lastErrorKind: undefined,
        transport,
      });
    }
    return accepted;
  }

  function settle(channel: Channel, outcome: FetchOutcome, timedOut: boolean): void {
    const now = clock.now();
    if (outcome.kind === 'failed') {
      if (outcome.errorKind === 'aborted') {
        fail(channel, 'timeout', timedOut ? `timed out after ${channel.timeoutMs} ms` : 'aborted');
      } else fail(channel, outcome.errorKind, outcome.message);
    } else if (outcome.kind === 'unchanged') {
      const held = channel.feedIds.map(recordOf).filter((record) => record.value !== undefined);
      if (held.length === 0) {
        // A 304 we did not ask for: nothing to keep, so forget the validators and fetch whole.
        channel.validators = noValidators();
        fail(channel, 'no-copy', 'HTTP 304 but no copy is held');
      } else {
        channel.failures = 0;
        for (const record of held) {
          Object.assign(record, {
            lastSuccess: now,
            lastError: undefined,
            lastErrorKind: undefined,
          });
        }
      }
    } else if (accept(channel, outcome.body, 'poll', now) > 0) {
      channel.failures = 0;
      channel.validators = outcome.validators;
    } else {
      // Never let a 304 later "confirm" a document that was rejected.
      channel.validators = noValidators();
      channel.failures += 1;
    }
    emit(channel.feedIds);
  }

  function clearPollTimer(channel: Channel): void {
    clock.clearTimeout(channel.pollTimer);
    channel.pollTimer = undefined;
  }

  function schedule(channel: Channel): void {
    clearPollTimer(channel);
    if (!running || !visibility.isVisible() || channel.streamOpen || channel.request) return;
    const delay =
      channel.failures === 0
        ? channel.intervalMs
        : backoffDelay(channel.failures, channel.intervalMs, channel.maxBackoffMs, random);
    channel.pollTimer = clock.setTimeout(() => {
      channel.pollTimer = undefined;
      void poll(channel);
    }, delay);
  }

  function poll(channel: Channel): Promise<void> {
    if (!running) return Promise.resolve();
    // Never two requests to one URL: a caller arriving mid-request shares its result.
    if (channel.request !== undefined) return channel.request.done;
    clearPollTimer(channel);
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
    request.done = fetchDocument(fetchFn, channel.url, channel.validators, controller.signal).then(
      (outcome) => {
        clock.clearTimeout(request.timeoutTimer);
        // stop() already cleaned up after this request; its answer is no longer wanted.
        if (channel.request !== request) return;
        channel.request = undefined;
        try {
          settle(channel, outcome, request.timedOut);
        } finally {
          schedule(channel);
        }
      },
    );
    return request.done;
  }

  function clearStreamTimer(channel: Channel): void {
    clock.clearTimeout(channel.streamTimer);
    channel.streamTimer = undefined;
  }

  function dropStream(channel: Channel): void {
    const stream = channel.stream;
    channel.stream = undefined;
    channel.streamOpen = false;
    if (stream === undefined) return;
    stream.onopen = null;
    stream.onmessage = null;
    stream.onerror = null;
    stream.close();
  }

  function markStreamOpen(channel: Channel): void {
    channel.streamOpen = true;
    channel.streamFailures = 0;
    // The stream now brings every update; polling would only duplicate it.
    clearPollTimer(channel);
  }

  function openStream(channel: Channel): void {
    if (!running || !visibility.isVisible() || channel.stream !== undefined) return;
    if (channel.sseUrl === undefined || streamFactory === undefined) return;
    clearStreamTimer(channel);
    const stream = streamFactory(channel.sseUrl);
    channel.stream = stream;
    stream.onopen = () => {
      if (channel.stream === stream) markStreamOpen(channel);
    };
    stream.onmessage = (event) => {
      if (channel.stream !== stream) return;
      if (!channel.streamOpen) markStreamOpen(channel);
      let body: unknown;
      try {
        body = JSON.parse(event.data);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        for (const id of channel.feedIds) {
          Object.assign(recordOf(id), {
            lastError: `${id}: invalid JSON pushed: ${reason}`.slice(0, 200),
            lastErrorKind: 'json',
          });
        }
        emit(channel.feedIds);
        return;
      }
      // A pushed document may be newer than anything the validators describe.
      if (accept(channel, body, 'sse', clock.now()) > 0) channel.validators = noValidators();
      emit(channel.feedIds);
    };
    stream.onerror = () => {
      if (channel.stream !== stream) return;
      // Close rather than let EventSource reconnect on its own: we decide when to retry,
      // and poll in the meantime.
      dropStream(channel);
      channel.streamFailures += 1;
      void poll(channel);
      channel.streamTimer = clock.setTimeout(
        () => {
          channel.streamTimer = undefined;
          openStream(channel);
        },
        backoffDelay(channel.streamFailures, channel.intervalMs, channel.maxBackoffMs, random),
      );
    };
  }

  function wake(channel: Channel): void {
    void poll(channel);
    openStream(channel);
  }

  function sleep(channel: Channel): void {
    clearPollTimer(channel);
    clearStreamTimer(channel);
    dropStream(channel);
  }

  function onVisibilityChange(): void {
    if (!running) return;
    const visible = visibility.isVisible();
    for (const channel of channels.values()) {
      if (visible) wake(channel);
      else sleep(channel);
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      unsubscribeVisibility = visibility.subscribe(onVisibilityChange);
      const now = clock.now();
      for (const id of records.keys()) scheduleStale(id, now);
      if (visibility.isVisible()) for (const channel of channels.values()) wake(channel);
    },
    stop() {
      if (!running) return;
      running = false;
      unsubscribeVisibility?.();
      unsubscribeVisibility = undefined;
      for (const channel of channels.values()) {
        sleep(channel);
        const request = channel.request;
        channel.request = undefined;
        if (request !== undefined) {
          clock.clearTimeout(request.timeoutTimer);
          request.controller.abort();
        }
      }
      for (const timer of staleTimers.values()) clock.clearTimeout(timer);
      staleTimers.clear();
    },
    refresh(id) {
      const channel = channelOf.get(id);
      if (channel === undefined) return Promise.reject(new Error(`unknown feed: ${id}`));
      return poll(channel);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getState: () => state,
  };
}
