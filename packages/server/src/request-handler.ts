import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import compression from 'compression';
import type { FeedHub } from './feed-hub.js';
import type { ServerHealth } from './health.js';
import { type CleanPath, cleanPath, isRefused } from './request-path.js';
import { sendStatus } from './send-status.js';
import { isInside, type PublishedFolder, serveFile } from './serve-file.js';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** What the request handler serves. */
export interface Routes {
  /** The built screen, at `/`. */
  app: PublishedFolder;
  /** The feeds folder, at `/feeds/`. */
  feeds: PublishedFolder;
  /** Event streams of feed files. */
  hub: FeedHub;
  /** The health document. */
  health(): Promise<ServerHealth>;
  /** Where unexpected errors are reported. */
  log(line: string): void;
}

/** Whether the client asked for an event stream (EventSource sends exactly this Accept). */
export function wantsEventStream(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? '';
  return accept
    .split(',')
    .some((part) => (part.split(';')[0] ?? '').trim().toLowerCase() === 'text/event-stream');
}

/** Open an event stream on a feed file, or answer 404 when there is no such feed. */
async function streamFeed(
  res: ServerResponse,
  routes: Routes,
  segments: readonly string[],
): Promise<void> {
  const file = join(routes.feeds.root, ...segments);
  try {
    const real = await realpath(file);
    if (
      !file.endsWith('.json') ||
      !isInside(routes.feeds.root, real) ||
      !(await stat(real)).isFile()
    )
      return sendStatus(res, 404);
  } catch {
    return sendStatus(res, 404);
  }
  routes.hub.subscribe(res, file);
}

/** One function for node:http: health, feed streams, feed files, and the built screen. */
export function createRequestHandler(
  routes: Routes,
): (req: IncomingMessage, res: ServerResponse) => void {
  // gzip or brotli (quality 4) when the client accepts it, for bodies from 1 kB; never for
  // event streams, which do not pass through it. The middleware only needs node:http's types.
  const compress = compression({ threshold: 1024 }) as unknown as Middleware;
  const fail = (req: IncomingMessage, res: ServerResponse) => (error: unknown) => {
    routes.log(`${req.method} ${req.url}: ${(error as Error).stack ?? String(error)}`);
    sendStatus(res, 500);
  };
  const serve = (
    req: IncomingMessage,
    res: ServerResponse,
    folder: PublishedFolder,
    path: CleanPath,
  ) => compress(req, res, () => void serveFile(req, res, folder, path).catch(fail(req, res)));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendStatus(res, 405, { Allow: 'GET, HEAD' });
    }
    const path = cleanPath(req.url ?? '/');
    if (isRefused(path)) return sendStatus(res, path.status);
    const [first, ...rest] = path.segments;
    if (first === 'healthz' && rest.length === 0) {
      const body = JSON.stringify(await routes.health());
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Length': Buffer.byteLength(body),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    if (first === 'feeds') {
      if (req.method === 'GET' && rest.length > 0 && wantsEventStream(req)) {
        return streamFeed(res, routes, rest);
      }
      return serve(req, res, routes.feeds, { segments: rest, folder: path.folder });
    }
    serve(req, res, routes.app, path);
  }

  return (req, res) => void handle(req, res).catch(fail(req, res));
}
