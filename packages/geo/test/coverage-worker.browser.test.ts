import { describe, expect, it } from 'vitest';
import type { CoverageReply, CoverageRequest } from '../src/worker/messages.js';

// A 0.1° × 0.1° square near 嘉兴 (9.6 km × 11.1 km ≈ 106 km²), clockwise for d3.
const square = {
  type: 'Feature' as const,
  id: 'sq',
  properties: { adcode: 'sq', name: '方块' },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [120.7, 30.7],
        [120.7, 30.8],
        [120.8, 30.8],
        [120.8, 30.7],
        [120.7, 30.7],
      ],
    ],
  },
};

describe('coverage engine in a real Web Worker', () => {
  it('initialises, moves a station and replies off the main thread', async () => {
    const worker = new Worker(new URL('../src/worker/coverage.worker.ts', import.meta.url), {
      type: 'module',
    });
    const ask = (r: CoverageRequest) =>
      new Promise<CoverageReply>((resolve) => {
        worker.onmessage = (e: MessageEvent<CoverageReply>) => resolve(e.data);
        worker.postMessage(r);
      });
    const stations = [{ id: 'a', lon: 120.75, lat: 30.75, radiusKm: 2 }];
    const init = await ask({ type: 'init', id: 1, districts: [square], stations });
    expect(init.type).toBe('result');
    if (init.type !== 'result') return;
    expect(init.id).toBe(1);
    // A 2 km disc wholly inside: π·4 ≈ 12.57 km² covered.
    expect(init.summary.total.coveredKm2).toBeCloseTo(4 * Math.PI, 0);
    // Move it to the corner: a quarter of the disc stays inside.
    const moved = await ask({ type: 'move', id: 2, index: 0, lon: 120.7, lat: 30.7 });
    expect(moved.type === 'result' && moved.summary.total.coveredKm2).toBeCloseTo(Math.PI, 0);
    worker.terminate();
  });
});
