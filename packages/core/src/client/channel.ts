import { defaultMaxBackoff } from './backoff.js';
import type { TimerHandle } from './clock.js';
import type { EventSourceLike } from './event-source.js';
import type { Validators } from './fetch-document.js';
import type { FeedConfig } from './types.js';

/** A request in flight; handlers compare identity to ignore answers that arrive too late. */
export interface InFlight {
  controller: AbortController;
  timedOut: boolean;
  timeoutTimer: TimerHandle | undefined;
  done: Promise<void>;
}

/** Everything read from one URL: the feeds sharing it, its timers, request and stream. */
export interface Channel {
  url: string;
  feedIds: string[];
  intervalMs: number;
  timeoutMs: number;
  maxBackoffMs: number;
  sseUrl: string | undefined;
  pollTimer: TimerHandle | undefined;
  request: InFlight | undefined;
  failures: number;
  validators: Validators;
  stream: EventSourceLike | undefined;
  streamOpen: boolean;
  streamFailures: number;
  streamTimer: TimerHandle | undefined;
}

/**
 * Group feeds by URL so each URL gets one request however many feeds name it. The group polls
 * at its fastest interval, waits for its most patient timeout, and backs off to its lowest cap.
 */
export function groupByUrl(feeds: readonly FeedConfig[]): Map<string, Channel> {
  const channels = new Map<string, Channel>();
  for (const feed of feeds) {
    const cap = feed.maxBackoffMs ?? defaultMaxBackoff(feed.intervalMs);
    const existing = channels.get(feed.url);
    if (existing === undefined) {
      channels.set(feed.url, {
        url: feed.url,
        feedIds: [feed.id],
        intervalMs: feed.intervalMs,
        timeoutMs: feed.timeoutMs,
        maxBackoffMs: cap,
        sseUrl: feed.sse,
        pollTimer: undefined,
        request: undefined,
        failures: 0,
        validators: { etag: undefined, lastModified: undefined },
        stream: undefined,
        streamOpen: false,
        streamFailures: 0,
        streamTimer: undefined,
      });
      continue;
    }
    existing.feedIds.push(feed.id);
    existing.intervalMs = Math.min(existing.intervalMs, feed.intervalMs);
    existing.timeoutMs = Math.max(existing.timeoutMs, feed.timeoutMs);
    existing.maxBackoffMs = Math.min(existing.maxBackoffMs, cap);
    existing.sseUrl ??= feed.sse;
  }
  return channels;
}
