// Writes data/feeds/<kind>.json from the seeded generator, then checks each with the parser.
import { writeFileSync } from 'node:fs';
import { parseFeedText } from '../src/feeds/parse.js';
import { feedFiles } from './feeds/build.js';

const dir = new URL('../../../data/feeds/', import.meta.url);
const files = await feedFiles();
for (const [name, text] of Object.entries(files)) {
  // Parse as of the fixed asOf's day after, so a good sample never depends on today's date.
  const parsed = parseFeedText(text, undefined, { now: new Date('2023-01-01T00:00:00+08:00') });
  if (!parsed.ok || parsed.dropped.length > 0) {
    console.error(
      name,
      JSON.stringify(parsed.ok ? parsed.dropped.slice(0, 5) : parsed.problems.slice(0, 5), null, 2),
    );
    process.exitCode = 1;
  }
  writeFileSync(new URL(name, dir), text);
  console.log(`data/feeds/${name}: ${text.length} characters`);
}
