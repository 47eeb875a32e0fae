/** Cache-Control of Vite's content-hashed output: its name changes whenever its bytes do. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Cache-Control of everything else: keep a copy, but ask (ETag → 304) before each use. */
export const REVALIDATE = 'no-cache';

/**
 * The Cache-Control of a file of the built screen. Vite writes every hashed file, and only
 * those, under `assets/`; index.html, the bundled feeds, configs and boundaries keep their
 * names across builds and must be revalidated.
 */
export function buildCacheControl(segments: readonly string[]): string {
  return segments.length > 1 && segments[0] === 'assets' ? IMMUTABLE : REVALIDATE;
}
