import { realpath } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import send from 'send';
import { type CleanPath, encodeSegments } from './request-path.js';
import { sendStatus } from './send-status.js';

/** A folder the server publishes, and the Cache-Control of each file in it. */
export interface PublishedFolder {
  /** Absolute real path (symlinks resolved) of the folder. */
  root: string;
  /** Cache-Control for a file, from its path segments inside the folder. */
  cacheControl(segments: readonly string[]): string;
  /** Extra `Vary` request headers (the feeds vary on Accept: JSON or an event stream). */
  vary?: string;
}

/** Whether `path` is `root` itself or inside it. */
export const isInside = (root: string, path: string): boolean =>
  path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * Serve one file of a published folder with `send` (ETag, Last-Modified, 304, Range, HEAD).
 * The file's real path must lie inside the folder's real path, so a symlink cannot publish
 * anything outside it.
 */
export async function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  folder: PublishedFolder,
  path: CleanPath,
): Promise<void> {
  try {
    const real = await realpath(join(folder.root, ...path.segments));
    if (!isInside(folder.root, real)) return sendStatus(res, 404);
  } catch {
    // Missing: let send answer 404 the usual way (and re-check on its own stat).
  }
  // `send` (through `fresh`) answers 200 instead of 304 when the request says
  // `Cache-Control: no-cache`, which fetch adds to every request carrying If-None-Match. That
  // directive is for caches on the way (RFC 9111 §5.2.1.4); the origin evaluates the
  // validators regardless (RFC 9110 §13.2), so a feed poll with the current ETag gets its 304.
  delete req.headers['cache-control'];
  delete req.headers.pragma;
  send(req, encodeSegments(path.segments, path.folder), {
    root: folder.root,
    dotfiles: 'ignore',
    index: ['index.html'],
    etag: true,
    lastModified: true,
    // We set Cache-Control per file below.
    cacheControl: false,
  })
    .on('headers', (response: ServerResponse) => {
      response.setHeader('Cache-Control', folder.cacheControl(path.segments));
      if (folder.vary !== undefined) response.setHeader('Vary', folder.vary);
    })
    .on('directory', () => {
      // A folder asked for without its slash: send the browser to the slash form, so that
      // relative URLs in its index.html resolve inside it.
      const last = path.segments.at(-1) ?? '';
      res.statusCode = 301;
      res.setHeader('Location', `${encodeURIComponent(last)}/`);
      res.setHeader('Cache-Control', 'no-cache');
      res.end();
    })
    .on('error', (error: { status?: number; statusCode?: number }) => {
      sendStatus(res, error.status ?? error.statusCode ?? 500);
    })
    .pipe(res);
}
