import { toPointer } from '../config/pointer.js';
import type { ConfigFault } from '../config/validate.js';
import { type PlaylistConfig, playlistConfig } from './schema.js';

/** Validates a playlist document: the playlist with defaults, or each fault with its pointer. */
export function validatePlaylist(
  doc: unknown,
): { ok: true; playlist: PlaylistConfig } | { ok: false; faults: ConfigFault[] } {
  const parsed = playlistConfig.safeParse(doc);
  if (parsed.success) return { ok: true, playlist: parsed.data };
  return {
    ok: false,
    faults: parsed.error.issues.map((i) => ({ path: toPointer(i.path), problem: i.message })),
  };
}
