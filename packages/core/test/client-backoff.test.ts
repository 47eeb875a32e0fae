import { describe, expect, it } from 'vitest';
import { backoffDelay, createFeedClient, defaultMaxBackoff } from '../src/client/index.js';
import { FakeClock, settle } from './helpers/fake-clock.js';
import { createFakeFetch, jsonResponse } from './helpers/fake-fetch.js';
import { FakeVisibility } from './helpers/fake-visibility.js';
import { testDoc, testParse } from './helpers/test-feed.js';

describe('backoffDelay', () => {
  it('grows as base·2^n up to the cap at the top of the jitter range', () => {
    const top = () => 1;
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, 1000, 30_000, top))).toEqual([
      2000, 4000, 8000, 16_000, 30_000, 30_000,
    ]);
  });

  it('stays within [floor, ceiling] for every draw, and spreads across it', () => {
    const draws = Array.from({ length: 2000 }, (_, i) =>
      backoffDelay(4, 5000, 60_000, () => i / 2000),
    );
    expect(Math.min(...draws)).toBe(1000);
    expect(Math.max(...draws)).toBeLessThanOrEqual(60_000);
    expect(Math.max(...draws)).toBeGreaterThan(59_000);
    // Uniform: the middle draw lands near the middle of the range.
    expect(draws[1000]).toBeCloseTo(1000 + 0.5 * 59_000, 0);
  });

  it('never goes below a floor or above the cap, even for absurd inputs', () => {
    expect(backoffDelay(1, 200, 10_000, () => 0)).toBe(200);
    expect(backoffDelay(1000, 200, 10_000, () => 5)).toBe(10_000);
    expect(backoffDelay(3, 60_000, 1000, () => 0)).toBe(1000);
    expect(defaultMaxBackoff(1000)).toBe(300_000);
    expect(defaultMaxBackoff(600_000)).toBe(600_000);
  });
});

describe('feed client backoff (fake timers)', () => {
  const config = {
    id: 'hotline',
    url: 'https://feeds.test/hotline.json',
    intervalMs: 1000,
    timeoutMs: 500,
    staleAfterMs: 3_600_000,
    maxBackoffMs: 20_000,
  };

  it('waits longer after each failure, up to the cap, then recovers to the interval', async () => {
    const clock = new FakeClock();
    let down = true;
    const net = createFakeFetch(() =>
      down ? new Response('', { status: 502 }) : jsonResponse(testDoc('2022-12-31T14:00:00+08:00')),
    );
    const client = createFeedClient({
      feeds: [config],
      parse: testParse,
      fetch: net.fetch,
      clock,
      visibility: new FakeVisibility(),
      random: () => 0.999_999,
    });
    client.start();
    await settle();
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      const [next] = clock.delays();
      waits.push(Math.round(next ?? -1));
      await clock.advance(next ?? 0);
    }
    expect(waits).toEqual([2000, 4000, 8000, 16_000, 20_000, 20_000, 20_000]);
    expect(net.count).toBe(8);
    expect(client.getState().hotline?.lastError).toBe('hotline: HTTP 502');
    down = false;
    await clock.advance(clock.delays()[0] ?? 0);
    expect(client.getState().hotline?.status).toBe('ready');
    expect(client.getState().hotline?.lastError).toBeUndefined();
    // the next poll, and the timer that will flip the feed to stale
    expect(clock.delays()).toEqual([1000, 3_600_001]);
    client.stop();
  });

  it('draws every retry delay from the jitter range', async () => {
    const clock = new FakeClock();
    const draws = [0, 0.25, 0.5, 0.75];
    let i = 0;
    const net = createFakeFetch(() => new TypeError('fetch failed'));
    const client = createFeedClient({
      feeds: [config],
      parse: testParse,
      fetch: net.fetch,
      clock,
      visibility: new FakeVisibility(),
      random: () => draws[i++ % draws.length] as number,
    });
    client.start();
    await settle();
    const waits: number[] = [];
    for (let n = 0; n < 4; n++) {
      const [next] = clock.delays();
      waits.push(next ?? -1);
      await clock.advance(next ?? 0);
    }
    // failure n: floor 1000 + r·(min(20000, 1000·2^n) − 1000)
    expect(waits).toEqual([1000, 1000 + 0.25 * 3000, 1000 + 0.5 * 7000, 1000 + 0.75 * 15_000]);
    client.stop();
  });
});
