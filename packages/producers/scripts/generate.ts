// `pnpm generate:producers`: every generated file of @onescreen/producers and its data, from
// the sample feeds and the declarations. Tests regenerate each in memory and compare.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { FEED_KINDS } from '@onescreen/core';
import { domainDefinition, type SampleFeed, sampleTables, writeSqlite } from './sample-database.js';
import { templateFiles } from './templates.js';
import { townsModule } from './towns-module.js';

/** The repository root. */
export const repo = new URL('../../../', import.meta.url);

/** The sample feeds of data/feeds. */
export function sampleFeeds(): SampleFeed[] {
  return FEED_KINDS.map(
    (kind) =>
      JSON.parse(readFileSync(new URL(`data/feeds/${kind}.json`, repo), 'utf8')) as SampleFeed,
  );
}

/** data/definitions/<kind>.json of the five domain feeds, as text. */
export function definitionFiles(): Record<string, string> {
  return Object.fromEntries(
    sampleFeeds().map((feed) => [
      `${feed.kind}.json`,
      `${JSON.stringify(domainDefinition(feed), null, 2)}\n`,
    ]),
  );
}

async function main() {
  writeFileSync(
    new URL('packages/producers/src/places/towns.ts', repo),
    townsModule(new URL('data/geo/towns.json', repo)),
  );
  mkdirSync(new URL('data/db/', repo), { recursive: true });
  writeSqlite(new URL('data/db/onescreen.sqlite', repo).pathname, sampleTables(sampleFeeds()));
  mkdirSync(new URL('data/definitions/', repo), { recursive: true });
  for (const [name, text] of Object.entries(definitionFiles())) {
    writeFileSync(new URL(`data/definitions/${name}`, repo), text);
  }
  mkdirSync(new URL('data/templates/', repo), { recursive: true });
  for (const [name, bytes] of Object.entries(await templateFiles())) {
    writeFileSync(new URL(`data/templates/${name}`, repo), bytes);
  }
  console.log(
    'generated: src/places/towns.ts, data/db/onescreen.sqlite, data/definitions, data/templates',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
