import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  definitionSchema,
  type FeedDefinition,
  type LoadedDefinition,
} from '../../src/db/definition.js';

/** The repository's data folder. */
export const dataDir = new URL('../../../../data/', import.meta.url);

/** A committed definition of data/definitions, read and checked. */
export function committedDefinition(name: string): LoadedDefinition {
  const file = new URL(`definitions/${name}.json`, dataDir).pathname;
  const definition = definitionSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return { name, file, definition };
}

/** A definition living in `dir` (for tests that change it), reading `dir`'s copy of the sample database. */
export function definitionIn(
  dir: string,
  name: string,
  change: (d: FeedDefinition) => FeedDefinition = (d) => d,
): LoadedDefinition {
  const copy = join(dir, 'onescreen.sqlite');
  if (!existsSync(copy)) copyFileSync(new URL('db/onescreen.sqlite', dataDir), copy);
  const base = committedDefinition(name).definition;
  const definition = change({
    ...base,
    database: 'sqlite:onescreen.sqlite',
    output: `feeds/${name}.json`,
  });
  return { name, file: join(dir, `${name}.json`), definition };
}
