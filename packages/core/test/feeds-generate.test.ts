import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoFile } from './fixtures/feeds/load.js';

/** The generator module (scripts/ is outside the test tsconfig, so it is loaded by URL). */
interface Generator {
  feedFiles(): Promise<Record<string, string>>;
  schemaFiles(): Record<string, string>;
}
const { feedFiles, schemaFiles } = (await import(
  new URL('../scripts/feeds/build.ts', import.meta.url).href
)) as Generator;

// Regenerating in memory must give the committed bytes: the seed fixes every number, and a
// schema change without `pnpm generate:schemas` shows up here.

describe('generated files are current', () => {
  it('data/feeds/*.json equal a fresh in-memory generation', async () => {
    const files = await feedFiles();
    expect(Object.keys(files)).toHaveLength(5);
    for (const [name, text] of Object.entries(files)) {
      expect(readFileSync(repoFile(`data/feeds/${name}`), 'utf8'), name).toBe(text);
    }
  }, 60_000);

  it('data/schemas/*.feed.schema.json equal the schemas generated from zod', () => {
    for (const [name, text] of Object.entries(schemaFiles())) {
      expect(readFileSync(repoFile(`data/schemas/${name}`), 'utf8'), name).toBe(text);
    }
  });

  it('two generations in one process are identical (no hidden global state)', async () => {
    const [a, b] = [await feedFiles(), await feedFiles()];
    expect(a).toEqual(b);
  }, 60_000);
});
