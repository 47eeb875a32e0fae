/** Limits the watchdog enforces. */
export interface WatchdogLimits {
  /** A main-thread gap (long task or missing frames) longer than this triggers a reload. */
  stallMs: number;
  /** Used JS heap above this many MB triggers a reload. */
  memoryMB: number;
  /** Reload after this many hours even when healthy (optional scheduled refresh). */
  maxUptimeHours?: number | undefined;
}

/** One measurement the watchdog takes. */
export interface WatchdogSample {
  /** Longest main-thread gap since the last sample, in ms. */
  gapMs: number;
  /** Used JS heap in bytes, when the browser reports it. */
  heapBytes?: number | undefined;
  /** Milliseconds since the page loaded. */
  uptimeMs: number;
}

/** Why a reload is due, in words for the log and the after-reload notice; null when healthy. */
export function reloadReason(sample: WatchdogSample, limits: WatchdogLimits): string | null {
  if (sample.gapMs > limits.stallMs) {
    return `main thread stalled for ${Math.round(sample.gapMs)} ms (limit ${limits.stallMs} ms)`;
  }
  if (sample.heapBytes !== undefined && sample.heapBytes > limits.memoryMB * 1_048_576) {
    return `JS heap at ${Math.round(sample.heapBytes / 1_048_576)} MB (limit ${limits.memoryMB} MB)`;
  }
  if (limits.maxUptimeHours !== undefined && sample.uptimeMs > limits.maxUptimeHours * 3_600_000) {
    return `scheduled refresh after ${limits.maxUptimeHours} h`;
  }
  return null;
}

/**
 * When to reload once a reason is known, as a delay from now in ms: the first carousel step
 * after nobody has touched the screen for `idleMs` (the view changes there anyway, so the
 * reload goes unnoticed), or plain idleness when there is no carousel or its step is further
 * than `maxWaitMs` away.
 */
export function quietDelay(options: {
  msToNextStep: number;
  periodMs: number;
  msSinceInput: number;
  idleMs?: number;
  maxWaitMs?: number;
}): number {
  const idleAt = Math.max(0, (options.idleMs ?? 30_000) - options.msSinceInput);
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  if (!(options.periodMs > 0) || !Number.isFinite(options.msToNextStep)) return idleAt;
  let step = options.msToNextStep;
  if (step < idleAt) step += Math.ceil((idleAt - step) / options.periodMs) * options.periodMs;
  return step <= maxWaitMs ? step : idleAt;
}
