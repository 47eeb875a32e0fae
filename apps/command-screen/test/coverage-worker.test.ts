import type { CoverageRequest } from '@onescreen/geo';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The coverage worker starts with the config and counts the stations as soon as the prestarted
// feeds bring them; the screen takes it with that job and its reply (coverage-worker.ts).

/** A stand-in for the browser's Worker: records what it is sent, replies on demand. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  posted: unknown[] = [];
  terminated = false;
  constructor(readonly url: URL | string) {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

const request = (id: number): CoverageRequest & { id: number } => ({
  type: 'init',
  id,
  districts: [],
  stations: [],
  gaps: 5,
  losses: 0,
});
const result = (id: number) => ({ type: 'result', id, summary: {}, gaps: [], losses: [], ms: 1 });

/** A fresh copy of the module (its prestarted worker is module state). */
const load = async () => {
  vi.resetModules();
  return import('../src/coverage/coverage-worker.js');
};

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('the prestarted coverage worker', () => {
  it('counts the first stations before the screen takes it, and hands over job and reply', async () => {
    const m = await load();
    m.prestartCoverageWorker();
    expect(FakeWorker.made).toHaveLength(1);
    const early = FakeWorker.made[0] as FakeWorker;
    expect(String(early.url)).toContain('coverage.worker');
    m.prestartCoverageJob('stations-a', request(1));
    // Asked once: a second job before the screen takes the worker is not sent.
    m.prestartCoverageJob('stations-b', request(2));
    expect(early.posted).toEqual([request(1)]);
    expect(m.earlyCoverageReply('stations-a')).toBeUndefined();
    early.reply(result(7)); // not this job's
    expect(m.earlyCoverageReply('stations-a')).toBeUndefined();
    early.reply(result(1));
    expect(m.earlyCoverageReply('stations-a')).toEqual(result(1));
    // Only for the stations it counted.
    expect(m.earlyCoverageReply('stations-b')).toBeUndefined();
    const taken = m.takeCoverageWorker();
    expect(taken.worker).toBe(early);
    expect(taken.job).toEqual({ key: 'stations-a', id: 1 });
    expect(taken.reply).toEqual(result(1));
    // Handed out once: the next screen gets a worker of its own.
    expect(m.earlyCoverageReply('stations-a')).toBeUndefined();
    const next = m.takeCoverageWorker();
    expect(next.worker).not.toBe(early);
    expect(next.job).toBeUndefined();
  });

  it('hands over a job still running, without a reply', async () => {
    const m = await load();
    m.prestartCoverageWorker();
    m.prestartCoverageJob('stations-a', request(1));
    const taken = m.takeCoverageWorker();
    expect(taken.job).toEqual({ key: 'stations-a', id: 1 });
    expect(taken.reply).toBeUndefined();
  });

  it('replaces a prestarted worker whose script failed, and asks nothing without one', async () => {
    const m = await load();
    m.prestartCoverageJob('stations-a', request(1));
    expect(FakeWorker.made).toHaveLength(0);
    m.prestartCoverageWorker();
    const early = FakeWorker.made[0] as FakeWorker;
    early.dispatchEvent(new Event('error'));
    m.prestartCoverageJob('stations-a', request(1));
    expect(early.posted).toEqual([]);
    const taken = m.takeCoverageWorker();
    expect(early.terminated).toBe(true);
    expect(taken.worker).not.toBe(early);
    expect(taken.job).toBeUndefined();
  });
});
