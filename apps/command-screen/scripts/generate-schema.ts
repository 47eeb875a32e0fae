// Writes data/schemas/screen.schema.json and playlist.schema.json from the zod schemas the app
// validates with. Run: pnpm --filter @onescreen/command-screen generate:schema
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { playlistJsonSchemaText, playlistSchemaPath } from './playlist-json-schema.js';
import { screenJsonSchemaText, screenSchemaPath } from './screen-json-schema.js';

writeFileSync(screenSchemaPath, screenJsonSchemaText());
console.log(`wrote ${fileURLToPath(screenSchemaPath)}`);
writeFileSync(playlistSchemaPath, playlistJsonSchemaText());
console.log(`wrote ${fileURLToPath(playlistSchemaPath)}`);
