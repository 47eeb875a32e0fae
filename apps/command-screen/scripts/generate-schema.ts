// Writes data/schemas/screen.schema.json from the zod schema the app validates with.
// Run: pnpm --filter @onescreen/command-screen generate:schema
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { screenJsonSchemaText, screenSchemaPath } from './screen-json-schema.js';

writeFileSync(screenSchemaPath, screenJsonSchemaText());
console.log(`wrote ${fileURLToPath(screenSchemaPath)}`);
