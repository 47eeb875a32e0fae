import { msUntilNextStep } from '@onescreen/core';
import { useEffect } from 'react';
import { quietDelay, reloadReason, type WatchdogLimits } from './policy.js';

/** sessionStorage key holding why the watchdog last reloaded, shown once after the reload. */
export const WATCHDOG_KEY = 'onescreen.watchdog';

/** What the watchdog stored before reloading. */
export interface WatchdogRecord {
  reason: string;
  at: number;
}

/** Read (and clear) the reason of the last watchdog reload, if this page load was one. */
export function takeWatchdogRecord(): WatchdogRecord | null {
  try {
    const raw = sessionStorage.getItem(WATCHDOG_KEY);
    if (raw === null) return null;
    sessionStorage.removeItem(WATCHDOG_KEY);
    const parsed = JSON.parse(raw) as Partial<WatchdogRecord>;
    return typeof parsed.reason === 'string' && typeof parsed.at === 'number'
      ? { reason: parsed.reason, at: parsed.at }
      : null;
  } catch {
    return null;
  }
}

/** Options of useWatchdog. */
export interface WatchdogOptions extends WatchdogLimits {
  /** Carousel period and epoch, so the reload lands on a view change. */
  periodMs: number;
  epochMs: number;
  /** How long nobody may have touched the screen before a reload. */
  idleMs: number;
}

const SAMPLE_MS = 1_000;

interface MemoryInfo {
  usedJSHeapSize: number;
}

/**
 * Measures the main thread (long tasks, and how late its own once-a-second sample runs) and
 * the JS heap once a second; when a limit is passed it logs why, stores the reason in sessionStorage and
 * reloads at the next quiet moment. A page that hangs for good cannot reload itself: that is
 * what the browser's own hang detection or an external supervisor is for.
 */
export function useWatchdog(
  options: WatchdogOptions,
  onScheduled?: (reason: string) => void,
): void {
  const { stallMs, memoryMB, maxUptimeHours, periodMs, epochMs, idleMs } = options;
  useEffect(() => {
    const loadedAt = performance.now();
    let worstGap = 0;
    let lastTick = performance.now();
    let lastInput = performance.now();
    let scheduled: ReturnType<typeof setTimeout> | undefined;

    // A stall shows as the once-a-second sampler running late (and as long tasks). No frame
    // loop: one would make the browser draw sixty frames a second, all day, for nothing.
    const onVisibility = () => {
      lastTick = performance.now();
    };
    document.addEventListener('visibilitychange', onVisibility);
    const onInput = () => {
      lastInput = performance.now();
    };
    window.addEventListener('pointerdown', onInput, { passive: true });
    window.addEventListener('pointermove', onInput, { passive: true });

    let observer: PerformanceObserver | undefined;
    if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
      observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) worstGap = Math.max(worstGap, entry.duration);
      });
      observer.observe({ type: 'longtask' });
    }

    const sampler = setInterval(() => {
      const now = performance.now();
      // Hidden pages have their timers slowed; that is not a stall.
      if (document.visibilityState === 'visible') {
        worstGap = Math.max(worstGap, now - lastTick - SAMPLE_MS);
      }
      lastTick = now;
      if (scheduled !== undefined) return;
      const memory = (performance as Performance & { memory?: MemoryInfo }).memory;
      const reason = reloadReason(
        {
          gapMs: worstGap,
          heapBytes: memory?.usedJSHeapSize,
          uptimeMs: performance.now() - loadedAt,
        },
        { stallMs, memoryMB, maxUptimeHours },
      );
      worstGap = 0;
      if (reason === null) return;
      const delay = quietDelay({
        msToNextStep: msUntilNextStep(Date.now(), periodMs, epochMs),
        periodMs,
        msSinceInput: performance.now() - lastInput,
        idleMs,
      });
      console.warn(`[onescreen watchdog] ${reason}; reloading in ${Math.round(delay)} ms`);
      onScheduled?.(reason);
      scheduled = setTimeout(() => {
        try {
          sessionStorage.setItem(WATCHDOG_KEY, JSON.stringify({ reason, at: Date.now() }));
        } catch {
          // Storage full or disabled: reload anyway; only the notice is lost.
        }
        location.reload();
      }, delay);
    }, SAMPLE_MS);

    return () => {
      clearInterval(sampler);
      clearTimeout(scheduled);
      observer?.disconnect();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pointerdown', onInput);
      window.removeEventListener('pointermove', onInput);
    };
  }, [stallMs, memoryMB, maxUptimeHours, periodMs, epochMs, idleMs, onScheduled]);
}
