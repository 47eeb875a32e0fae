/** A request path that passed every check: decoded once, no `..`, no dotfile, no NUL. */
export interface CleanPath {
  /** Decoded segments, e.g. `['feeds', 'hotline.json']`; empty for `/`. */
  segments: string[];
  /** Whether the path ended in `/` (a folder: serve its index.html). */
  folder: boolean;
}

/** Why a path was refused: 400 for malformed, 403 for an attempt to climb out, 404 for hidden. */
export interface RefusedPath {
  status: 400 | 403 | 404;
}

/**
 * Decode a request path exactly once and refuse anything that could name a file outside the
 * served folder: `..` segments in any encoding (`%2e%2e`, `..%2f`), backslashes, NUL bytes and
 * dotfiles. Routing and file lookup both use the result, so `/%66eeds/x` and `/feeds/x` are
 * the same path and there is no second decoding for an attacker to aim at.
 */
export function cleanPath(rawUrl: string): CleanPath | RefusedPath {
  const query = rawUrl.indexOf('?');
  const raw = query === -1 ? rawUrl : rawUrl.slice(0, query);
  if (!raw.startsWith('/')) return { status: 400 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  // A backslash is a separator on Windows and never part of a file name we publish.
  if (decoded.includes('\\')) return { status: 400 };
  const parts = decoded.split('/').slice(1);
  const folder = parts.at(-1) === '';
  const segments = parts.filter((p) => p !== '' && p !== '.');
  if (segments.some((s) => s === '..')) return { status: 403 };
  // Dotfiles (.env, .git, editors' temp files while a feed is being written) are never served.
  if (segments.some((s) => s.startsWith('.'))) return { status: 404 };
  return { segments, folder };
}

/** Whether `cleanPath` refused the path. */
export const isRefused = (p: CleanPath | RefusedPath): p is RefusedPath => 'status' in p;

/** Re-encode clean segments as a URL path for `send`, which decodes it once more. */
export function encodeSegments(segments: readonly string[], folder: boolean): string {
  const path = `/${segments.map(encodeURIComponent).join('/')}`;
  return folder && segments.length > 0 ? `${path}/` : path;
}
