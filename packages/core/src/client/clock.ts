/** Opaque timer handle, whatever the platform returns. */
export type TimerHandle = unknown;

/** The timing the feed client needs, injectable so tests can run time by hand. */
export interface Clock {
  /** Current time in epoch milliseconds. */
  now(): number;
  /** Run `fn` once after `ms` milliseconds. */
  setTimeout(fn: () => void, ms: number): TimerHandle;
  /** Cancel a timer from `setTimeout`; unknown or spent handles are ignored. */
  clearTimeout(handle: TimerHandle): void;
}

// Browsers and Node overflow a 32-bit signed delay into an immediate call.
const MAX_DELAY = 2 ** 31 - 1;

/** The platform clock: `Date.now` and the global timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, Math.min(Math.max(0, ms), MAX_DELAY)),
  clearTimeout: (handle) =>
    globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]),
};
