import type { EventSourceLike } from '../../src/client/index.js';

/** An EventSource the test drives by hand; the factory keeps every one it opened. */
export class FakeEventSource implements EventSourceLike {
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  closed = false;

  constructor(readonly url: string) {}

  close(): void {
    this.closed = true;
  }

  open(): void {
    this.onopen?.({});
  }

  push(doc: unknown): void {
    this.onmessage?.({ data: JSON.stringify(doc) });
  }

  fail(): void {
    this.onerror?.({});
  }
}

/** A factory of fake streams, remembering them (newest last) and counting the open ones. */
export function fakeEventSources() {
  const all: FakeEventSource[] = [];
  return {
    factory: (url: string) => {
      const source = new FakeEventSource(url);
      all.push(source);
      return source;
    },
    all,
    latest: () => all[all.length - 1],
    get openCount() {
      return all.filter((s) => !s.closed).length;
    },
    /** Forget closed streams (the soak opens thousands). */
    prune() {
      const open = all.filter((s) => !s.closed);
      all.length = 0;
      all.push(...open);
    },
  };
}
