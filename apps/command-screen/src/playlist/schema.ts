import { z } from 'zod';
import { localizedText } from '../config/schema.js';

/** The only playlist version this app reads. */
export const PLAYLIST_SCHEMA_VERSION = 1;

/** One screen of a playlist: its config and how long it shows each turn. */
export const playlistEntry = z
  .object({
    screen: z
      .string()
      .min(1)
      .describe('The screen config: relative to the playlist file, or absolute on the same origin'),
    seconds: z.number().min(5).max(86_400).describe('How long the screen shows each turn'),
    title: localizedText
      .optional()
      .describe('Its name in the playlist (default: the config title)'),
  })
  .strict();

/**
 * A playlist: several screen configs shown in turn, each for its own time. The turn is a
 * function of the wall clock (counted from `epoch`), so every tile of a wall shows the same
 * screen and turns at the same instant.
 */
export const playlistConfig = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(PLAYLIST_SCHEMA_VERSION),
    title: localizedText.optional(),
    screens: z.array(playlistEntry).min(1).max(50),
    epoch: z.iso
      .datetime({ offset: true })
      .default('2020-01-01T00:00:00+08:00')
      .describe('The instant the rotation counts from; every tile with the same value agrees'),
    holdOnAlerts: z
      .boolean()
      .default(true)
      .describe(
        "An alert that fires holds the rotation on the screen showing it, for that screen's alerting.holdSeconds (to the next step)",
      ),
  })
  .strict();

/** A playlist after validation, defaults filled in. */
export type PlaylistConfig = z.output<typeof playlistConfig>;
