import type { LoadedScreen } from '../boot/load-screen.js';
import type { ConfigFault } from '../config/validate.js';
import type { PlaylistConfig } from './schema.js';

/** A playlist with every screen loaded, or every fault of the playlist and its screens. */
export type LoadedPlaylist =
  | { ok: true; playlist: PlaylistConfig; screens: (LoadedScreen & { ok: true })[]; url: string }
  | { ok: false; faults: ConfigFault[]; url: string };

/**
 * Fetches and validates a playlist, then loads every screen it names (config and boundaries)
 * before the first one shows, so a broken screen is named on the error screen at start rather
 * than found on the wall an hour later. A screen's faults name its file. Never throws.
 */
export async function loadPlaylist(
  url: string,
  loadScreen: (configUrl: string) => Promise<LoadedScreen>,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadedPlaylist> {
  const fail = (problem: string): LoadedPlaylist => ({
    ok: false,
    url,
    faults: [{ path: '', problem }],
  });
  let doc: unknown;
  try {
    const response = await fetchImpl(url, { cache: 'no-cache' });
    if (!response.ok) return fail(`HTTP ${response.status} ${response.statusText} for ${url}`);
    if ((response.headers.get('content-type') ?? '').includes('text/html'))
      return fail(`no playlist at ${url}: the server answered with an HTML page`);
    doc = JSON.parse(await response.text());
  } catch (error) {
    return fail(`could not read ${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Loaded when needed: the schema's construction would otherwise cost every page's start.
  const { validatePlaylist } = await import('./validate-playlist.js');
  const v = validatePlaylist(doc);
  if (!v.ok) return { ok: false, url, faults: v.faults };
  const screens = await Promise.all(
    v.playlist.screens.map((entry) => loadScreen(new URL(entry.screen, url).href)),
  );
  const faults = screens.flatMap((s, i) =>
    s.ok
      ? []
      : s.faults.map((f) => ({
          ...f,
          // A fault of a screen names its file, and which entry of the playlist named it.
          file: f.file ?? s.url,
          problem: `/screens/${i}: ${f.problem}`,
        })),
  );
  if (faults.length > 0) return { ok: false, url, faults };
  return {
    ok: true,
    url,
    playlist: v.playlist,
    screens: screens as (LoadedScreen & { ok: true })[],
  };
}

/** The dwell of each screen in ms, in playlist order. */
export function dwellsOf(playlist: PlaylistConfig): number[] {
  return playlist.screens.map((s) => s.seconds * 1000);
}
