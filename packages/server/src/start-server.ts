import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildCacheControl, REVALIDATE } from './cache-policy.js';
import { createFeedHub, type FeedHubOptions, type FeedHubStats } from './feed-hub.js';
import { healthOf, type ServerHealth } from './health.js';
import { createRequestHandler } from './request-handler.js';

/** Options of `startServer`. */
export interface ServeOptions {
  /** The built screen (a folder with index.html), served at `/`. */
  root: string;
  /** The feeds folder, served at `/feeds/` (default: the build's own `feeds/`). */
  feeds?: string;
  /** TCP port; 0 picks a free one (default 4173). */
  port?: number;
  /** Address to listen on (default 127.0.0.1; 0.0.0.0 or :: for every interface). */
  host?: string;
  /** Timings of the feed streams (defaults suit a command room). */
  streams?: Partial<Omit<FeedHubOptions, 'log'>>;
  /** Where warnings go (default: stderr). */
  log?: (line: string) => void;
}

/** A listening server. */
export interface RunningServer {
  /** Base URL ending in `/`, e.g. `http://127.0.0.1:4173/`. */
  url: string;
  /** The port it listens on. */
  port: number;
  /** Counters of the feed streams. */
  streams(): FeedHubStats;
  /** The health document, as `/healthz` answers it. */
  health(): Promise<ServerHealth>;
  /** End the event streams, stop accepting connections, and resolve once every one is closed. */
  close(): Promise<void>;
}

/** Stream timings for a command room: a write settles in 75 ms, a proxy sees traffic every 15 s. */
export const DEFAULT_STREAMS: Omit<FeedHubOptions, 'log'> = Object.freeze({
  debounceMs: 75,
  maxWaitMs: 500,
  keepAliveMs: 15_000,
  rescanMs: 10_000,
  maxBufferedBytes: 32 * 1024 * 1024,
});

/** Serve a built screen and a feeds folder until `close()`. Refuses to start without index.html. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  if (!existsSync(join(options.root, 'index.html'))) {
    throw new Error(`${options.root} has no index.html: build the screen first (pnpm build)`);
  }
  const feedsPath = options.feeds ?? join(options.root, 'feeds');
  if (!existsSync(feedsPath)) throw new Error(`feeds folder ${feedsPath} does not exist`);
  const root = await realpath(options.root);
  const feeds = await realpath(feedsPath);
  const hub = createFeedHub({ ...DEFAULT_STREAMS, ...options.streams, log });
  const startedAt = Date.now();
  const health = () => healthOf(startedAt, feeds, hub.stats());
  const server = createServer(
    createRequestHandler({
      app: { root, cacheControl: buildCacheControl },
      feeds: { root: feeds, cacheControl: () => REVALIDATE, vary: 'Accept' },
      hub,
      health,
      log,
    }),
  );
  // Screens poll every minute or so: keep their connection open that long (Node's 5 s default
  // means a new TCP connection per poll, and a reset when a poll races the close).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4173, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}/`,
    port: address.port,
    streams: () => hub.stats(),
    health,
    close() {
      closing ??= new Promise<void>((resolve) => {
        hub.close();
        server.close(() => resolve());
        // Idle keep-alive sockets close now; a request still running gets 5 s to finish.
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5_000).unref();
      });
      return closing;
    },
  };
}
