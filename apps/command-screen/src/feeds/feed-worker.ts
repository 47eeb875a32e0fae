/** The feed worker started while the page boots, not yet handed to a screen. */
let early: { worker: Worker; failed: string | null } | undefined;

function startFeedWorker(): Worker {
  return new Worker(new URL('./feed.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Start the feed worker now, while the config, boundaries and fonts load: its script is
 * fetched and compiled by the time the screen asks for it.
 */
export function prestartFeedWorker(): void {
  if (early) return;
  const worker = startFeedWorker();
  const held = { worker, failed: null as string | null };
  // A script that fails to load says so before any screen listens: remember it.
  worker.addEventListener('error', (e) => {
    held.failed = e.message || 'the feed worker did not start';
  });
  early = held;
}

/**
 * The prestarted feed worker the first time, a new one after that (a screen re-created).
 * Throws when the prestarted one has already failed, so the screen reads feeds on the page.
 */
export function takeFeedWorker(): Worker {
  const held = early;
  early = undefined;
  if (!held) return startFeedWorker();
  if (held.failed !== null) {
    held.worker.terminate();
    throw new Error(held.failed);
  }
  return held.worker;
}
