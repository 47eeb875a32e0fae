// Runs inside a module Web Worker: no window, no document. Parses the feed text it is given
// and drives the vanilla store, then reports what it found.
import { createOnescreenStore, parseFeedText } from '@onescreen/core';

self.onmessage = (event: MessageEvent<string>) => {
  const parsed = parseFeedText(event.data, 'petitions', {
    now: new Date('2023-01-01T00:00:00+08:00'),
  });
  const store = createOnescreenStore();
  store.getState().selectPlace('330109');
  self.postMessage({
    hasDocument: typeof (globalThis as { document?: unknown }).document !== 'undefined',
    ok: parsed.ok,
    kind: parsed.ok ? parsed.feed.kind : null,
    dropped: parsed.ok ? parsed.dropped.length : -1,
    place: store.getState().place ?? null,
  });
};
