/**
 * Which view a carousel shows at `now`: floor((now − epoch) / period) mod n. A pure function of
 * wall-clock time, so browsers on separate tiles of a wall agree without talking.
 */
export function carouselIndex(now: number, epoch: number, periodMs: number, n: number): number {
  if (n <= 0 || !(periodMs > 0)) return 0;
  const slot = Math.floor((now - epoch) / periodMs);
  return ((slot % n) + n) % n;
}

/** Milliseconds until the carousel next changes view. */
export function msUntilNextView(now: number, epoch: number, periodMs: number): number {
  const into = (((now - epoch) % periodMs) + periodMs) % periodMs;
  return periodMs - into;
}
