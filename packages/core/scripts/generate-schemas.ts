// Writes data/schemas/<kind>.feed.schema.json from the zod schemas in src/feeds.
import { writeFileSync } from 'node:fs';
import { schemaFiles } from './feeds/build.js';

const dir = new URL('../../../data/schemas/', import.meta.url);
for (const [name, text] of Object.entries(schemaFiles())) {
  writeFileSync(new URL(name, dir), text);
  console.log(`data/schemas/${name}`);
}
