import { describe, expect, it } from 'vitest';
import { createCoverage } from '../src/coverage/model.js';
import { coverageSummary } from '../src/coverage/summary.js';
import { createCoverageHandler } from '../src/worker/coverage-handler.js';
import type { CoverageReply, CoverageRequest } from '../src/worker/messages.js';
import { serveCoverage } from '../src/worker/serve-coverage.js';
import { county, randomStations } from './support/layouts.js';

const xiuzhou = county('330411');
const stations = randomStations([xiuzhou], 23, 12);
const opts = { cellKm: 0.2 };

describe('coverage message handler', () => {
  it('answers init and move like the direct API, through structured clones', () => {
    const handle = createCoverageHandler();
    // Every request and reply crosses a structuredClone, as postMessage would do.
    const send = (r: CoverageRequest) => structuredClone(handle(structuredClone(r)));
    const init = send({ type: 'init', id: 1, districts: [xiuzhou], stations, options: opts });
    if (init.type !== 'result') throw new Error(init.message);
    expect(init.id).toBe(1);
    expect(init.summary).toEqual(coverageSummary(createCoverage([xiuzhou], stations, opts)));
    expect(init.gaps.length).toBeGreaterThan(0);
    expect(init.losses).toHaveLength(5);

    const moved = send({
      type: 'move',
      id: 2,
      index: 3,
      lon: 120.7,
      lat: 30.76,
      gaps: 0,
      losses: 0,
    });
    if (moved.type !== 'result') throw new Error(moved.message);
    const after = stations.map((s, i) => (i === 3 ? { ...s, lon: 120.7, lat: 30.76 } : s));
    expect(moved.summary).toEqual(coverageSummary(createCoverage([xiuzhou], after, opts)));
    expect(moved.gaps).toEqual([]);
    expect(moved.losses).toEqual([]);
  });

  it('replies with an error, not a throw, to a move before init or a bad index', () => {
    const handle = createCoverageHandler();
    expect(handle({ type: 'move', id: 9, index: 0, lon: 0, lat: 0 })).toEqual({
      type: 'error',
      id: 9,
      message: "'move' before 'init'",
    });
    handle({ type: 'init', districts: [xiuzhou], stations, options: opts });
    expect(handle({ type: 'move', index: 99, lon: 0, lat: 0 }).type).toBe('error');
  });

  it('serves requests on a worker-like scope', () => {
    const replies: CoverageReply[] = [];
    const scope = {
      onmessage: null as ((e: { data: CoverageRequest }) => void) | null,
      postMessage: (r: CoverageReply, transfer?: Transferable[]) => {
        if (r.type === 'result' && r.masks)
          expect(transfer).toEqual(r.masks.map((m) => m.state.buffer));
        replies.push(r);
      },
    };
    serveCoverage(scope);
    scope.onmessage?.({
      data: { type: 'init', id: 5, districts: [xiuzhou], stations: [], options: opts },
    });
    expect(replies[0]?.type).toBe('result');
    expect(replies[0]?.type === 'result' && replies[0].summary.total.coveredKm2).toBe(0);
    scope.onmessage?.({ data: { type: 'add', station: stations[0] as never, mask: true } });
    const added = replies[1];
    if (added?.type !== 'result' || !added.masks) throw new Error('no mask');
    expect(added.masks[0]?.state.some((s) => s === 2)).toBe(true);
    expect(added.summary.total.coveredKm2).toBeGreaterThan(0);
  });
});
