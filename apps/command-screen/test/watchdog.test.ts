import { describe, expect, it } from 'vitest';
import { quietDelay, reloadReason } from '../src/watchdog/policy.js';

const limits = { stallMs: 10_000, memoryMB: 512 };

describe('reloadReason', () => {
  it('is null while healthy', () => {
    expect(
      reloadReason({ gapMs: 200, heapBytes: 100 * 1_048_576, uptimeMs: 1e9 }, limits),
    ).toBeNull();
  });

  it('names a stall with its length', () => {
    expect(reloadReason({ gapMs: 12_345, uptimeMs: 1 }, limits)).toBe(
      'main thread stalled for 12345 ms (limit 10000 ms)',
    );
  });

  it('names memory growth when the browser reports the heap', () => {
    expect(reloadReason({ gapMs: 0, heapBytes: 600 * 1_048_576, uptimeMs: 1 }, limits)).toBe(
      'JS heap at 600 MB (limit 512 MB)',
    );
  });

  it('schedules a refresh after the configured uptime only when asked', () => {
    const sample = { gapMs: 0, uptimeMs: 25 * 3_600_000 };
    expect(reloadReason(sample, limits)).toBeNull();
    expect(reloadReason(sample, { ...limits, maxUptimeHours: 24 })).toBe(
      'scheduled refresh after 24 h',
    );
  });
});

describe('quietDelay', () => {
  it('waits for the first carousel step after the screen has been idle', () => {
    // Idle already; next step in 4 s.
    expect(quietDelay({ msToNextStep: 4_000, periodMs: 20_000, msSinceInput: 60_000 })).toBe(4_000);
    // Touched 25 s ago: idle in 5 s, steps at 4 s and 24 s, so 24 s.
    expect(quietDelay({ msToNextStep: 4_000, periodMs: 20_000, msSinceInput: 25_000 })).toBe(
      24_000,
    );
  });

  it('falls back to idleness without a carousel or when the step is too far', () => {
    expect(
      quietDelay({ msToNextStep: Number.POSITIVE_INFINITY, periodMs: 0, msSinceInput: 10_000 }),
    ).toBe(20_000);
    expect(quietDelay({ msToNextStep: 500_000, periodMs: 600_000, msSinceInput: 60_000 })).toBe(0);
  });
});
