/**
 * Which view a carousel shows at wall-clock time `nowMs`. It depends on nothing but the clock,
 * so every tile of a wall (and a reloaded page) lands on the same view at the same moment.
 */
export function carouselIndex(nowMs: number, periodMs: number, count: number, epochMs = 0): number {
  if (count <= 1 || !(periodMs > 0)) return 0;
  const step = Math.floor((nowMs - epochMs) / periodMs);
  return ((step % count) + count) % count;
}

/** Milliseconds from `nowMs` until the next carousel step. */
export function msToNextStep(nowMs: number, periodMs: number, epochMs = 0): number {
  if (!(periodMs > 0)) return Number.POSITIVE_INFINITY;
  const into = (((nowMs - epochMs) % periodMs) + periodMs) % periodMs;
  return periodMs - into;
}
