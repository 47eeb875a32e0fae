/**
 * The carousel view shown at wall-clock time `now`: every tile of a video wall computes the same
 * index from the same clock, so tiles stay in step without talking to each other. The one
 * owner of carousel (and playlist, and playback) position.
 */
export function carouselIndexAt(now: number, dwellMs: number, count: number, epoch = 0): number {
  if (count <= 0 || !(dwellMs > 0)) return 0;
  const steps = Math.floor((now - epoch) / dwellMs);
  return ((steps % count) + count) % count;
}

/** Milliseconds from `now` until the next step of a wall-clock rotation. */
export function msUntilNextStep(now: number, dwellMs: number, epoch = 0): number {
  if (!(dwellMs > 0)) return Number.POSITIVE_INFINITY;
  const into = (((now - epoch) % dwellMs) + dwellMs) % dwellMs;
  return dwellMs - into;
}

/** Where a rotation of unequal dwells stands: which item shows, since when and until when. */
export interface RotationSlot {
  /** Index of the item on show. */
  index: number;
  /** Wall-clock ms its turn began. */
  startedAt: number;
  /** Wall-clock ms its turn ends and the next item's begins. */
  endsAt: number;
}

/**
 * The item a rotation with a dwell per item (a playlist: each screen its own duration) shows
 * at wall-clock time `now`, counting whole cycles from `epoch`. Like `carouselIndexAt`, a
 * function of the clock alone, so every tile of a wall shows the same item and turns at the
 * same instant. Items with no positive dwell are never shown.
 */
export function rotationAt(now: number, dwellsMs: readonly number[], epoch = 0): RotationSlot {
  const dwells = dwellsMs.map((d) => (Number.isFinite(d) && d > 0 ? d : 0));
  const cycle = dwells.reduce((a, b) => a + b, 0);
  if (!(cycle > 0) || !Number.isFinite(now))
    return { index: 0, startedAt: now, endsAt: Number.POSITIVE_INFINITY };
  const into = (((now - epoch) % cycle) + cycle) % cycle;
  const cycleStart = now - into;
  let start = 0;
  for (const [index, dwell] of dwells.entries()) {
    if (dwell > 0 && into < start + dwell) {
      return { index, startedAt: cycleStart + start, endsAt: cycleStart + start + dwell };
    }
    start += dwell;
  }
  // Floating-point remainder at the very end of a cycle: the first shown item begins again.
  const first = dwells.findIndex((d) => d > 0);
  return {
    index: first,
    startedAt: cycleStart + cycle,
    endsAt: cycleStart + cycle + (dwells[first] as number),
  };
}
