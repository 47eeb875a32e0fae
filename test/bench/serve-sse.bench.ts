/**
 * `onescreen serve` under the load of a command centre's screens, on loopback: 500 event
 * streams and 100 polling clients on one feed (in a child process), while a writer replaces the
 * feed atomically round after round and 50 screens reload every round. Prints, per feed size,
 * the delivery latency of every change to every stream against the 2 s goal, and the server's
 * heap and RSS after the last round against a baseline taken half-way (both after a GC).
 * Bounded: a fixed number of rounds, each with a 60 s limit, and the clients exit with us.
 */
import { type ChildProcess, fork } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../packages/server/src/index.js';
import type { FromClients, ToClients } from './serve-load-clients.js';
import { report } from './support.js';

const POLLERS = 100;
const POLL_MS = 1000;
const CHURN = 50;
const GOAL_MS = 2000;
const ROUND_LIMIT_MS = 60_000;
/** Time between changes, so that pollers also see unchanged files (304s) as screens do. */
const ROUND_GAP_MS = 1000;

const gc = (globalThis as { gc?: () => void }).gc;

const quantile = (sorted: ArrayLike<number>, q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const mb = (bytes: number) => bytes / 1024 / 1024;

function memory() {
  // Twice: a first pass can leave garbage that only a second one frees (weak refs, finalisers).
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
}

/** Wait for the next message of `type` from the clients, at most ROUND_LIMIT_MS. */
function next<T extends FromClients['type']>(
  child: ChildProcess,
  type: T,
  test: (m: Extract<FromClients, { type: T }>) => boolean = () => true,
): Promise<Extract<FromClients, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off('message', on);
      reject(new Error(`no "${type}" from the clients within ${ROUND_LIMIT_MS} ms`));
    }, ROUND_LIMIT_MS);
    const on = (m: FromClients) => {
      if (m.type === type && test(m as Extract<FromClients, { type: T }>)) {
        clearTimeout(timer);
        child.off('message', on);
        resolve(m as Extract<FromClients, { type: T }>);
      }
    };
    child.on('message', on);
  });
}

async function run(feed: string, rounds: number, streams: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'onescreen-bench-serve-'));
  const root = join(dir, 'dist');
  mkdirSync(join(root, 'feeds'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>bench</title>');
  const source = fileURLToPath(new URL(`../../data/feeds/${feed}`, import.meta.url));
  const file = join(root, 'feeds', feed);
  copyFileSync(source, file);
  const doc = JSON.parse(readFileSync(source, 'utf8')) as { source: string };
  const write = (round: number) => {
    doc.source = `bench round ${round} at ${Date.now()}`;
    // As build-feeds writes: a temp file, then a rename over the feed.
    writeFileSync(`${file}.tmp`, JSON.stringify(doc));
    renameSync(`${file}.tmp`, file);
  };
  write(0);
  const bytes = readFileSync(file).length;

  const server = await startServer({ root, port: 0, log: (line) => console.error(line) });
  const child = fork(fileURLToPath(new URL('./serve-load-clients.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const tell = (m: ToClients) => child.send(m);
  try {
    const url = new URL(`/feeds/${feed}`, server.url).href;
    const connected = next(child, 'connected');
    tell({ type: 'connect', url, sse: streams, pollers: POLLERS, pollMs: POLL_MS });
    await connected;
    // Allocated up front: bookkeeping that grows during the rounds would count as server heap.
    const latencies = new Float64Array((rounds - 1) * streams);
    let filled = 0;
    // The baseline comes half-way: V8's heap settles over the first rounds (compiled code, type
    // feedback, grown buffers) and a leak would keep growing through the second half.
    const half = Math.floor(rounds / 2);
    let baseline = memory();
    for (let round = 1; round <= rounds; round++) {
      const delivered = next(child, 'round', (m) => m.round === round);
      write(round);
      const { latencies: got } = await delivered;
      if (got.length !== streams)
        throw new Error(`round ${round}: ${got.length} of ${streams} streams`);
      // Round 1 warms up (first push of a frame, code paths); it is not timed.
      if (round > 1) {
        latencies.set(got, filled);
        filled += got.length;
      }
      const churned = next(child, 'churned');
      tell({ type: 'churn', count: CHURN });
      await churned;
      if (round === half) baseline = memory();
      await new Promise((r) => setTimeout(r, ROUND_GAP_MS));
    }
    const after = memory();
    const open = server.streams().clients;
    const stopped = next(child, 'stopped');
    tell({ type: 'stop' });
    const polls = await stopped;
    latencies.sort();
    const pollSorted = polls.pollLatencies.sort((a, b) => a - b);
    const p95 = quantile(latencies, 0.95);
    const kb = Math.round(bytes / 1024);
    report({
      name: `serve: SSE delivery, ${streams} streams + ${POLLERS} pollers, ${feed} (${kb} kB)`,
      streams: open,
      rounds: rounds - 1,
      deliveries: latencies.length,
      p50_ms: quantile(latencies, 0.5),
      p95_ms: p95,
      max_ms: latencies[latencies.length - 1],
      goal_ms: GOAL_MS,
      ratio: p95 / GOAL_MS,
      polls: polls.polls,
      poll_p95_ms: quantile(pollSorted, 0.95),
      errors: polls.errors,
    });
    report({
      name: `serve: memory after ${rounds} rounds vs after round ${half}, ${streams} streams, ${feed}`,
      heap_baseline_mb: mb(baseline.heap),
      heap_after_mb: mb(after.heap),
      heap_growth_mb: mb(after.heap - baseline.heap),
      ratio: after.heap / baseline.heap,
      rss_baseline_mb: mb(baseline.rss),
      rss_after_mb: mb(after.rss),
      rss_ratio: after.rss / baseline.rss,
      reloads: CHURN * rounds,
      gc: gc !== undefined,
    });
  } finally {
    child.kill();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// A mid-sized feed (fire, 24 kB) over many rounds, the same with four times the screens, and the
// largest sample (hotline, 1.5 MB: every change is 500 × 1.5 MB on the wire).
await run('fire.json', 24, 500);
await run('fire.json', 8, 2000);
await run('hotline.json', 6, 500);
