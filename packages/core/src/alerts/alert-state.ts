import { z } from 'zod';
import { ENDED_KEPT } from './step-alerts.js';
import { ALERT_LEVELS, type AlertEpisode, type AlertState } from './types.js';

const time = z.number().finite();

const episodeSchema = z.object({
  id: z.string().min(1).max(400),
  rule: z.string().min(1).max(100),
  key: z.string().max(200),
  level: z.enum(ALERT_LEVELS as [AlertEpisode['level'], ...AlertEpisode['level'][]]),
  phase: z.enum(['pending', 'firing', 'clearing']),
  since: time,
  firedAt: time.optional(),
  clearingSince: time.optional(),
  value: time,
  at: time,
  place: z.string().max(200).optional(),
  acknowledgedAt: time.optional(),
});

/**
 * An alert state read back from storage, or the empty state when it is not one: a stored
 * state that an older or newer screen wrote, or that someone edited, never breaks the screen.
 * Bad episodes are left out one by one; the rest are kept.
 */
export function readAlertState(raw: unknown): AlertState {
  if (typeof raw !== 'object' || raw === null) return { episodes: [], ended: [] };
  const { episodes, ended } = raw as { episodes?: unknown; ended?: unknown };
  const kept: AlertEpisode[] = [];
  const seen = new Set<string>();
  for (const e of Array.isArray(episodes) ? episodes.slice(0, 1_000) : []) {
    const parsed = episodeSchema.safeParse(e);
    if (parsed.success && !seen.has(parsed.data.id)) {
      seen.add(parsed.data.id);
      kept.push(parsed.data as AlertEpisode);
    }
  }
  const ids = Array.isArray(ended)
    ? ended.filter((id): id is string => typeof id === 'string' && id.length <= 400)
    : [];
  return { episodes: kept, ended: ids.slice(-ENDED_KEPT) };
}
