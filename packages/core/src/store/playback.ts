/** Where an operator's playback started: the step on show then, and when. */
export interface PlaybackStart {
  /** Wall-clock time (ms) the play began. */
  startedAt: number;
  /** Index of the step on show when it began. */
  from: number;
}

/** The step a playback shows at `now`, and whether it has reached its end. */
export interface PlaybackStep {
  /** Index of the step on show. */
  index: number;
  /** True once the last step is on show (a playback that does not loop stops there). */
  done: boolean;
}

/**
 * The step an operator's playback shows at wall-clock time `now`: one step every `stepMs`
 * from where it began, holding on the last step. A function of the clock, not of timer ticks,
 * so a busy or throttled page that wakes late shows the right step rather than a late one.
 */
export function playbackStepAt(
  now: number,
  start: PlaybackStart,
  stepMs: number,
  count: number,
): PlaybackStep {
  if (count <= 0) return { index: 0, done: true };
  const from = Math.min(Math.max(0, Math.trunc(start.from)), count - 1);
  const steps = stepMs > 0 ? Math.max(0, Math.floor((now - start.startedAt) / stepMs)) : 0;
  const index = Math.min(from + steps, count - 1);
  return { index, done: index === count - 1 };
}
