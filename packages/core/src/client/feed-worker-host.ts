import type { FeedEnvelope } from './feed-contract.js';
import type { FeedClient, FeedConfig, FeedState } from './types.js';
import { type RecordTexts, recordTexts, valueDelta } from './value-delta.js';
import type { Visibility } from './visibility.js';
import type { FromFeedWorker, MessageEnd, ToFeedWorker, WireFeed } from './worker-protocol.js';

/** What the worker's client is made from: the feeds, the page's visibility, the page's data. */
export interface HostedClientInput {
  feeds: FeedConfig[];
  visibility: Visibility;
  data: unknown;
}

/**
 * Work the worker does on each changed feed value for the page, so that the page's thread does
 * not (the screen runs its widgets' bindings here). Its result crosses with the value, and the
 * page receives both in the same message.
 */
export interface FeedDeriver {
  /** The page's latest context (`setContext` on the page); kept until the next one. */
  setContext(context: unknown): void;
  /** What the page should get with this feed's new value (structured-cloneable), or undefined. */
  derive(id: string, value: FeedEnvelope<unknown>): unknown;
}

/** A visibility that follows what the page reports (a worker has no document of its own). */
function reportedVisibility(): Visibility & { set(visible: boolean): void } {
  let visible = true;
  const listeners = new Set<() => void>();
  return {
    isVisible: () => visible,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (next === visible) return;
      visible = next;
      for (const l of [...listeners]) l();
    },
  };
}

/**
 * Runs a feed client inside a worker (fetching, streaming and parsing off the page's thread)
 * and reports every change to the page. A feed's value crosses only when it changed, as JSON
 * text or as a delta of its records (see value-delta): the page parses what is new once and
 * keeps its objects otherwise.
 */
export function hostFeedClient(
  port: MessageEnd<ToFeedWorker, FromFeedWorker>,
  create: (input: HostedClientInput) => FeedClient,
  deriver?: (input: HostedClientInput) => FeedDeriver,
): void {
  const visibility = reportedVisibility();
  let client: FeedClient | undefined;
  let derive: FeedDeriver | undefined;
  let unsubscribe: (() => void) | undefined;
  const sent = new Map<string, FeedState>();
  // The records of each feed's last value sent, as text, to send the next one as a delta.
  const sentRecords = new Map<string, RecordTexts>();

  function changes(state: Readonly<Record<string, FeedState>>): WireFeed[] {
    const out: WireFeed[] = [];
    for (const [id, feed] of Object.entries(state)) {
      const last = sent.get(id);
      if (last === feed) continue;
      sent.set(id, feed);
      const { value, dropped, ...rest } = feed;
      const wire: WireFeed = { state: rest };
      if (last === undefined || last.value !== value) {
        const texts = value === undefined ? undefined : recordTexts(value);
        const delta = texts && valueDelta(value, texts, sentRecords.get(id));
        if (delta) wire.valueDelta = delta;
        else wire.valueText = value === undefined ? null : JSON.stringify(value);
        if (texts) sentRecords.set(id, texts);
        else sentRecords.delete(id);
        const derived = value === undefined ? undefined : derive?.derive(id, value);
        if (derived !== undefined) wire.derived = derived;
      }
      if (last === undefined || last.dropped !== dropped) wire.dropped = dropped;
      out.push(wire);
    }
    return out;
  }

  function report(state: Readonly<Record<string, FeedState>>): void {
    const feeds = changes(state);
    if (feeds.length > 0) port.postMessage({ type: 'state', feeds });
  }

  port.addEventListener('message', (event) => {
    const m = event.data;
    if (m.type === 'start') {
      if (client) return;
      const input = { feeds: m.feeds, visibility, data: m.data };
      derive = deriver?.(input);
      if (m.context) derive?.setContext(m.context.value);
      client = create(input);
      unsubscribe = client.subscribe(report);
      report(client.getState());
      client.start();
    } else if (m.type === 'stop') {
      unsubscribe?.();
      client?.stop();
    } else if (m.type === 'context') {
      derive?.setContext(m.context);
    } else if (m.type === 'visible') {
      visibility.set(m.visible);
    } else if (m.type === 'refresh') {
      const done = (error?: string) =>
        port.postMessage({ type: 'refreshed', request: m.request, ...(error ? { error } : {}) });
      if (!client) done('not started');
      else
        client.refresh(m.id).then(
          () => done(),
          (e: unknown) => done(e instanceof Error ? e.message : String(e)),
        );
    }
  });
}
