import { coverageGaps } from '../coverage/gaps.js';
import { stationLosses } from '../coverage/loss.js';
import { coverageMasks } from '../coverage/mask.js';
import {
  addStation,
  type CoverageModel,
  createCoverage,
  moveStation,
  updateStation,
} from '../coverage/model.js';
import { coverageSummary } from '../coverage/summary.js';
import type { CoverageReply, CoverageRequest } from './messages.js';

/**
 * A message handler that owns one coverage model: `init` builds it, `move`/`update`/`add`
 * change it incrementally, and every request is answered with the summary, the largest gaps
 * and the costliest stations. Requests and replies are plain data, so the same handler runs
 * in a Web Worker, in Node, or inline on the main thread for tests. Errors become replies.
 */
export function createCoverageHandler(): (request: CoverageRequest) => CoverageReply {
  let model: CoverageModel | null = null;
  return (request) => {
    const t0 = performance.now();
    try {
      if (request.type === 'init') {
        model = createCoverage(request.districts, request.stations, request.options ?? {});
      } else if (!model) {
        throw new Error(`'${request.type}' before 'init'`);
      } else if (request.type === 'move') {
        moveStation(model, request.index, request.lon, request.lat);
      } else if (request.type === 'update') {
        updateStation(model, request.index, request.station);
      } else if (request.type === 'add') {
        addStation(model, request.station);
      }
      const summary = coverageSummary(model);
      const gaps = request.gaps === 0 ? [] : coverageGaps(model, request.gaps ?? 5);
      const losses = request.losses === 0 ? [] : stationLosses(model, request.losses ?? 5);
      const masks = request.mask ? { masks: coverageMasks(model) } : {};
      const ms = performance.now() - t0;
      return { type: 'result', ...idOf(request), summary, gaps, losses, ...masks, ms };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { type: 'error', ...idOf(request), message };
    }
  };
}

function idOf(request: CoverageRequest): { id?: number } {
  return request.id === undefined ? {} : { id: request.id };
}
