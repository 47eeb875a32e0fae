/**
 * The screens of the serve load benchmark, in a process of their own so that their work does
 * not count as the server's: `sse` event streams and `pollers` polling clients on one feed URL.
 * Driven over IPC by serve-sse.bench.ts; every loop is bounded and it exits when told or orphaned.
 */
import { Agent, get, type IncomingMessage, request } from 'node:http';

/** Messages from the benchmark. */
export type ToClients =
  | { type: 'connect'; url: string; sse: number; pollers: number; pollMs: number }
  | { type: 'churn'; count: number }
  | { type: 'stop' };

/** Messages to the benchmark. */
export type FromClients =
  | { type: 'connected'; open: number }
  | { type: 'round'; round: number; latencies: number[] }
  | { type: 'churned'; open: number }
  | {
      type: 'stopped';
      polls: Record<string, number>;
      pollLatencies: number[];
      errors: Record<string, number>;
    };

const send = (message: FromClients) => process.send?.(message);
/** `source` of a bench document: "bench round <n> at <epoch ms>", near the top of the envelope. */
const MARKER = /"source": ?"bench round (\d+) at (\d+)"/;

interface Stream {
  close(): void;
}

let expected = 0;
const rounds = new Map<number, number[]>();
/** Rounds already reported: a stream opened later gets that document again on connect. */
const reported = new Set<number>();
/** How many errors of each kind (code or message), for the report. */
const errorKinds: Record<string, number> = {};
function failed(error: Error & { code?: string }, where: string): void {
  const kind = `${where}: ${error.code ?? error.message}`;
  errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
}

function onMessageHead(head: string): void {
  const match = MARKER.exec(head);
  if (match === null) return;
  const round = Number(match[1]);
  if (reported.has(round)) return;
  const latency = Date.now() - Number(match[2]);
  const list = rounds.get(round) ?? [];
  list.push(latency);
  rounds.set(round, list);
  if (list.length === expected) {
    send({ type: 'round', round, latencies: list });
    rounds.delete(round);
    reported.add(round);
  }
}

/**
 * One event stream. Only the first 400 bytes of each message are kept (the marker is there),
 * so a megabyte feed costs the client a scan for "\n\n", not a copy.
 */
function openStream(url: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { accept: 'text/event-stream' }, agent: false });
    // Closing a stream ourselves (a screen that reloads) is no error.
    let closing = false;
    req.on('error', (error) => {
      if (closing) return;
      failed(error, 'stream');
      reject(error);
    });
    req.on('response', (res: IncomingMessage) => {
      if (res.statusCode !== 200) {
        reject(new Error(`stream answered ${res.statusCode}`));
        return;
      }
      // Bytes, not strings: decoding every megabyte would make the client the bottleneck.
      let head = '';
      let lastWasNewline = false;
      const keep = (chunk: Buffer, from: number, to: number) => {
        if (head.length < 400)
          head += chunk.toString('latin1', from, Math.min(to, from + 400 - head.length));
      };
      res.on('data', (chunk: Buffer) => {
        let at = 0;
        if (lastWasNewline && chunk[0] === 0x0a) {
          onMessageHead(head);
          head = '';
          at = 1;
        }
        for (;;) {
          const end = chunk.indexOf('\n\n', at);
          if (end === -1) break;
          keep(chunk, at, end);
          onMessageHead(head);
          head = '';
          at = end + 2;
        }
        keep(chunk, at, chunk.length);
        lastWasNewline = chunk[chunk.length - 1] === 0x0a;
      });
      res.on('error', (error) => {
        if (!closing) failed(error, 'stream');
      });
      resolve({
        close: () => {
          closing = true;
          req.destroy();
        },
      });
    });
    req.end();
  });
}

const streams: Stream[] = [];
let polling = false;
const polls: Record<string, number> = {};
const pollLatencies: number[] = [];
let pollLoops: Promise<void>[] = [];

async function connect(url: string, n: number): Promise<void> {
  // In batches, so the server's listen backlog never overflows.
  for (let i = 0; i < n; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, n - i) }, () => openStream(url)),
    );
    streams.push(...batch);
  }
}

function poll(url: string, agent: Agent, etag: string): Promise<string> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    get(url, { agent, headers: etag ? { 'if-none-match': etag } : {} }, (res) => {
      res.resume();
      res.on('end', () => {
        pollLatencies.push(performance.now() - t0);
        const status = String(res.statusCode);
        polls[status] = (polls[status] ?? 0) + 1;
        resolve(String(res.headers.etag ?? etag));
      });
    }).on('error', (error) => {
      failed(error, 'poll');
      resolve(etag);
    });
  });
}

async function pollLoop(url: string, pollMs: number, offset: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let etag = '';
  await new Promise((r) => setTimeout(r, offset));
  while (polling) {
    etag = await poll(url, agent, etag);
    await new Promise((r) => setTimeout(r, pollMs));
  }
  agent.destroy();
}

let feedUrl = '';
process.on('message', async (message: ToClients) => {
  if (message.type === 'connect') {
    feedUrl = message.url;
    expected = message.sse;
    await connect(message.url, message.sse);
    polling = true;
    pollLoops = Array.from({ length: message.pollers }, (_, i) =>
      pollLoop(message.url, message.pollMs, (i * message.pollMs) / message.pollers),
    );
    send({ type: 'connected', open: streams.length });
  } else if (message.type === 'churn') {
    // Screens that reload: close some streams and open as many again.
    for (const s of streams.splice(0, message.count)) s.close();
    await connect(feedUrl, message.count);
    send({ type: 'churned', open: streams.length });
  } else {
    polling = false;
    await Promise.all(pollLoops);
    for (const s of streams.splice(0)) s.close();
    send({ type: 'stopped', polls, pollLatencies, errors: errorKinds });
    process.disconnect?.();
  }
});
// Never outlive the benchmark.
process.on('disconnect', () => process.exit(0));
