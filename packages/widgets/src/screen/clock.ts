// One shared ticking clock per interval: a hundred widgets asking for the time every second
// share one timer, and every tick lands on a wall-clock boundary so separate browsers agree.

interface Ticker {
  listeners: Set<() => void>;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const tickers = new Map<number, Ticker>();

function schedule(ms: number, ticker: Ticker): void {
  // A few ms past the boundary so the snapshot read in the tick is already the new value.
  const wait = ms - (Date.now() % ms) + 5;
  ticker.timer = setTimeout(() => {
    for (const listener of ticker.listeners) listener();
    schedule(ms, ticker);
  }, wait);
}

/** Subscribes to ticks every `ms` (aligned to wall-clock multiples); returns the unsubscribe. */
export function subscribeClock(ms: number, listener: () => void): () => void {
  let ticker = tickers.get(ms);
  if (!ticker) {
    ticker = { listeners: new Set(), timer: undefined };
    tickers.set(ms, ticker);
  }
  ticker.listeners.add(listener);
  if (ticker.timer === undefined) schedule(ms, ticker);
  const own = ticker;
  return () => {
    own.listeners.delete(listener);
    if (own.listeners.size === 0) {
      clearTimeout(own.timer);
      own.timer = undefined;
      tickers.delete(ms);
    }
  };
}

/** The current time floored to a multiple of `ms`: stable between ticks, as a store snapshot must be. */
export function clockSnapshot(ms: number): number {
  return Math.floor(Date.now() / ms) * ms;
}

/** How many distinct timers the shared clock holds now (for leak tests). */
export function activeClockTimers(): number {
  let n = 0;
  for (const t of tickers.values()) if (t.timer !== undefined) n++;
  return n;
}
