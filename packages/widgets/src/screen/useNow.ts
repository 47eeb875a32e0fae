import { useCallback, useSyncExternalStore } from 'react';
import { clockSnapshot, subscribeClock } from './clock.js';

/**
 * Epoch ms floored to `intervalMs`, re-rendering on each boundary. All callers with the same
 * interval share one timer.
 */
export function useNow(intervalMs = 1000): number {
  const ms = Math.max(16, Math.round(intervalMs));
  const subscribe = useCallback((cb: () => void) => subscribeClock(ms, cb), [ms]);
  const get = useCallback(() => clockSnapshot(ms), [ms]);
  return useSyncExternalStore(subscribe, get, get);
}
