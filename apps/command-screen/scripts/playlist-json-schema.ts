import { z } from 'zod';
import { playlistConfig } from '../src/playlist/schema.js';

/** Where the generated JSON Schema of a playlist lives. */
export const playlistSchemaPath = new URL(
  '../../../data/schemas/playlist.schema.json',
  import.meta.url,
);

/** The JSON Schema of a playlist as written by hand (defaults optional), as file text. */
export function playlistJsonSchemaText(): string {
  const schema = z.toJSONSchema(playlistConfig, { io: 'input', unrepresentable: 'any' });
  const document = {
    ...schema,
    $id: 'https://onescreen.invalid/schemas/playlist.schema.json',
    title: 'onescreen screen playlist',
    description:
      'Several screen configs shown in turn, each for its own time, by the wall clock (?playlist=). Generated from apps/command-screen/src/playlist/schema.ts; do not edit by hand.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
