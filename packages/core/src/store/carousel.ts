/**
 * The carousel view shown at wall-clock time `now`: every tile of a video wall computes the same
 * index from the same clock, so tiles stay in step without talking to each other.
 */
export function carouselIndexAt(now: number, dwellMs: number, count: number, epoch = 0): number {
  if (count <= 0 || dwellMs <= 0) return 0;
  const steps = Math.floor((now - epoch) / dwellMs);
  return ((steps % count) + count) % count;
}
