import type { CoverageReply, CoverageRequest } from '@onescreen/geo';

/** A coverage job the boot step posted before its screen mounted. */
export interface EarlyCoverageJob {
  /** The stations and districts it counts (coverageInput's key). */
  key: string;
  /** Its request id. */
  id: number;
}

/** The coverage worker as the screen takes it: with the job already posted and its reply, if any. */
export interface TakenCoverageWorker {
  worker: Worker;
  job?: EarlyCoverageJob;
  reply?: CoverageReply;
}

/** A worker started while the page boots, and what it was asked and answered meanwhile. */
interface HeldWorker {
  worker: Worker;
  failed: boolean;
  job?: EarlyCoverageJob;
  reply?: CoverageReply;
  hold: (event: MessageEvent<CoverageReply>) => void;
}

let early: HeldWorker | undefined;

function startCoverageWorker(): Worker {
  return new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Start the coverage worker now, while the config and feeds load: its script is fetched and
 * compiled by the time the stations are known, not after the screen has mounted.
 */
export function prestartCoverageWorker(): void {
  if (early) return;
  const worker = startCoverageWorker();
  const held: HeldWorker = {
    worker,
    failed: false,
    // The reply to the early job, kept until the screen takes the worker.
    hold: (event) => {
      if (event.data.id === held.job?.id) held.reply = event.data;
    },
  };
  worker.addEventListener('message', held.hold);
  worker.addEventListener('error', () => {
    held.failed = true;
  });
  early = held;
}

/** Post the first job to the prestarted worker (no-op without one, or after it was taken). */
export function prestartCoverageJob(key: string, request: CoverageRequest & { id: number }): void {
  if (!early || early.failed || early.job) return;
  early.job = { key, id: request.id };
  early.worker.postMessage(request);
}

/** The prestarted worker's reply to its job, if that job counted `key` and has been answered. */
export function earlyCoverageReply(key: string): CoverageReply | undefined {
  return early?.job?.key === key ? early.reply : undefined;
}

/**
 * The prestarted worker the first time (with its job and any reply it already gave), a new one
 * after that or when the prestarted one failed to start (the new one then reports its own error).
 */
export function takeCoverageWorker(): TakenCoverageWorker {
  const held = early;
  early = undefined;
  if (!held || held.failed) {
    held?.worker.terminate();
    return { worker: startCoverageWorker() };
  }
  held.worker.removeEventListener('message', held.hold);
  return {
    worker: held.worker,
    ...(held.job ? { job: held.job } : {}),
    ...(held.reply ? { reply: held.reply } : {}),
  };
}
