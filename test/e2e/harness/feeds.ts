import { chmodSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A copy of data/feeds in a fresh temp folder that a test may rewrite, readable by any user
 * (nginx's workers run as nobody). The caller removes it.
 */
export function copySampleFeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'onescreen-e2e-feeds-'));
  cpSync(new URL('../../../data/feeds/', import.meta.url), dir, {
    recursive: true,
    filter: (src) => !src.endsWith('.md'),
  });
  chmodSync(dir, 0o755);
  return dir;
}
