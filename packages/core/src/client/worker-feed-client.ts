import type { DroppedRecord, FeedEnvelope } from './feed-contract.js';
import { emptyRecord, snapshotFeed } from './feed-snapshot.js';
import type { FeedClient, FeedClientState, FeedConfig, FeedState } from './types.js';
import { applyDelta } from './value-delta.js';
import { documentVisibility, type Visibility } from './visibility.js';
import type { FromFeedWorker, MessageEnd, ToFeedWorker } from './worker-protocol.js';

/** A worker that runs `hostFeedClient`, as the page sees it. */
export interface FeedWorkerLike extends MessageEnd<FromFeedWorker, ToFeedWorker> {
  addEventListener(type: 'message', listener: (event: { data: FromFeedWorker }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: FromFeedWorker }) => void): void;
  removeEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

/** Options of createWorkerFeedClient. */
export interface WorkerFeedClientOptions {
  /** The feeds to read. */
  feeds: readonly FeedConfig[];
  /** Starts the worker that hosts the client (`hostFeedClient` inside). */
  worker: () => FeedWorkerLike;
  /** What the worker's parser needs (structured-cloneable), handed to its `create`. */
  data?: unknown;
  /** The same client on the page's own thread, used if the worker cannot run. */
  fallback?: () => FeedClient;
  /** Page visibility (default: `document.visibilityState`). */
  visibility?: Visibility;
  /**
   * Receives what the worker's deriver (see `FeedDeriver`) made of a feed's new value, with the
   * very value object the page's state is about to hold, before any listener hears of it.
   */
  onDerived?: (id: string, value: FeedEnvelope<unknown> | undefined, derived: unknown) => void;
}

/** A feed client in a worker, which can also tell the worker's deriver the page's context. */
export interface WorkerFeedClient extends FeedClient {
  /** Hand the worker's deriver a new context (structured-cloneable); the latest one counts. */
  setContext(context: unknown): void;
}

/**
 * A feed client whose fetching, streaming and parsing run in a worker: the page receives each
 * feed's state and, only when it changed, its value as JSON text or as a delta of its records,
 * parsing only what is new. Same contract as `createFeedClient`, so `connectFeedClient` feeds
 * the store from it unchanged. A worker that fails (no Worker, a script that does not load)
 * hands over to `fallback`.
 */
export function createWorkerFeedClient(options: WorkerFeedClientOptions): WorkerFeedClient {
  const visibility = options.visibility ?? documentVisibility();
  const listeners = new Set<(state: FeedClientState) => void>();
  const now = Date.now();
  let state: FeedClientState = Object.fromEntries(
    options.feeds.map((f) => [f.id, snapshotFeed(emptyRecord(f), now)]),
  );
  let worker: FeedWorkerLike | undefined;
  let local: FeedClient | undefined;
  let unsubscribeLocal: (() => void) | undefined;
  let unsubscribeVisibility: (() => void) | undefined;
  let running = false;
  let request = 0;
  // The latest context, sent again to a worker that starts after it was set.
  let context: { value: unknown } | undefined;
  const pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();

  function publish(next: FeedClientState): void {
    state = next;
    for (const listener of [...listeners]) listener(state);
  }

  function onMessage(event: { data: FromFeedWorker }): void {
    const m = event.data;
    if (m.type === 'refreshed') {
      const p = pending.get(m.request);
      pending.delete(m.request);
      if (m.error) p?.reject(new Error(m.error));
      else p?.resolve();
      return;
    }
    const next: Record<string, FeedState> = { ...state };
    for (const wire of m.feeds) {
      const last = state[wire.state.id];
      const value = wire.valueDelta
        ? // The worker sends a delta only against the value it sent last, which is this one;
          // were they ever to disagree, the feed keeps its last value rather than a wrong one.
          (applyDelta<FeedEnvelope<unknown>>(wire.valueDelta, last?.value) ?? last?.value)
        : wire.valueText === undefined
          ? last?.value
          : wire.valueText === null
            ? undefined
            : (JSON.parse(wire.valueText) as FeedEnvelope<unknown>);
      const dropped: readonly DroppedRecord[] = wire.dropped ?? last?.dropped ?? [];
      // A delta the page could not apply left the last value in place: what was derived from the
      // new one must not be filed under it.
      const rebuilt = !(wire.valueDelta && value === last?.value);
      if (wire.derived !== undefined && rebuilt)
        options.onDerived?.(wire.state.id, value, wire.derived);
      next[wire.state.id] = { ...wire.state, value, dropped };
    }
    publish(next);
  }

  function onError(event: { message?: string }): void {
    // The worker is gone (or never ran): read the feeds on this thread instead.
    console.warn(
      `[onescreen] feed worker failed (${event.message ?? 'no detail'}); reading feeds on the page`,
    );
    closeWorker();
    for (const p of pending.values()) p.reject(new Error('feed worker failed'));
    pending.clear();
    if (!options.fallback || !running || local) return;
    local = options.fallback();
    unsubscribeLocal = local.subscribe(publish);
    local.start();
  }

  function closeWorker(): void {
    if (!worker) return;
    worker.removeEventListener('message', onMessage);
    worker.removeEventListener('error', onError);
    worker.terminate();
    worker = undefined;
  }

  return {
    start() {
      if (running) return;
      running = true;
      try {
        worker = options.worker();
      } catch (error) {
        onError({ message: error instanceof Error ? error.message : String(error) });
        return;
      }
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({
        type: 'start',
        feeds: [...options.feeds],
        data: options.data,
        ...(context ? { context } : {}),
      });
      const tell = () => worker?.postMessage({ type: 'visible', visible: visibility.isVisible() });
      unsubscribeVisibility = visibility.subscribe(tell);
      tell();
    },
    stop() {
      if (!running) return;
      running = false;
      unsubscribeVisibility?.();
      unsubscribeVisibility = undefined;
      worker?.postMessage({ type: 'stop' });
      closeWorker();
      unsubscribeLocal?.();
      local?.stop();
      for (const p of pending.values()) p.resolve();
      pending.clear();
    },
    refresh(id) {
      if (!state[id]) return Promise.reject(new Error(`unknown feed: ${id}`));
      if (local) return local.refresh(id);
      if (!worker) return Promise.resolve();
      request += 1;
      const r = request;
      worker.postMessage({ type: 'refresh', id, request: r });
      return new Promise<void>((resolve, reject) => pending.set(r, { resolve, reject }));
    },
    setContext(value) {
      context = { value };
      worker?.postMessage({ type: 'context', context: value });
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
