import { createCoverageHandler } from './coverage-handler.js';
import type { CoverageReply, CoverageRequest } from './messages.js';

/** The part of a worker's global scope this needs (DedicatedWorkerGlobalScope fits). */
export interface MessageScope {
  onmessage: ((event: { data: CoverageRequest }) => void) | null;
  postMessage(reply: CoverageReply, transfer?: Transferable[]): void;
}

/**
 * Answer coverage requests arriving on a worker scope. A worker module needs one line:
 * `serveCoverage(self as never)`; the main thread then posts CoverageRequest objects.
 */
export function serveCoverage(scope: MessageScope): void {
  const handle = createCoverageHandler();
  scope.onmessage = (event) => {
    const reply = handle(event.data);
    // Hand the masks' buffers over instead of copying them (megabytes for a whole city).
    const masks = reply.type === 'result' ? (reply.masks ?? []) : [];
    const transfer = masks.map((m) => m.state.buffer);
    scope.postMessage(reply, transfer);
  };
}
