/**
 * Delay before retry number `failures` (1 for the first retry): "full jitter", a uniform draw
 * between a floor and min(cap, base · 2^failures). Jitter spreads the retries of many screens
 * that lost the same server at the same moment; the floor keeps a draw near zero from turning
 * into a tight retry loop.
 */
export function backoffDelay(
  failures: number,
  baseMs: number,
  capMs: number,
  random: () => number,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(failures, 30));
  const floor = Math.min(baseMs, 1000, ceiling);
  const r = Math.min(Math.max(random(), 0), 1);
  return floor + r * (ceiling - floor);
}

/** Default cap on the backoff delay: five minutes, or the poll interval if that is longer. */
export function defaultMaxBackoff(intervalMs: number): number {
  return Math.max(intervalMs, 300_000);
}
