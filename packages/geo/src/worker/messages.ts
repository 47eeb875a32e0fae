import type { CoverageGap } from '../coverage/gaps.js';
import type { StationLoss } from '../coverage/loss.js';
import type { CoverageMask } from '../coverage/mask.js';
import type { CoverageOptions } from '../coverage/model.js';
import type { Station } from '../coverage/station.js';
import type { CoverageSummary } from '../coverage/summary.js';
import type { AreaCollection, AreaFeature } from '../geometry/types.js';

/** How much detail a reply carries besides the summary. */
export interface ReplyDetail {
  /** Largest gaps to return (default 5; 0 skips the flood fill). */
  gaps?: number;
  /** Costliest stations to return (default 5; 0 skips). */
  losses?: number;
  /** Also return the per-cell masks for drawing (default false; their buffers are transferred). */
  mask?: boolean;
}

/** A request to the coverage engine. Plain data: safe for postMessage (structured clone). */
export type CoverageRequest = ReplyDetail & { id?: number } & (
    | {
        type: 'init';
        districts: AreaCollection | AreaFeature[];
        stations: Station[];
        options?: CoverageOptions;
      }
    | { type: 'move'; index: number; lon: number; lat: number }
    | { type: 'update'; index: number; station: Station }
    | { type: 'add'; station: Station }
    | { type: 'summary' }
  );

/** The engine's reply; `id` echoes the request's so callers can match replies. */
export type CoverageReply =
  | {
      type: 'result';
      id?: number;
      summary: CoverageSummary;
      gaps: CoverageGap[];
      losses: StationLoss[];
      /** One per district, present when the request asked for them. */
      masks?: CoverageMask[];
      /** Time the engine spent on this request, ms. */
      ms: number;
    }
  | { type: 'error'; id?: number; message: string };
