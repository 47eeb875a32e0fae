#!/usr/bin/env node
// Runs every test/bench/*.bench.ts with tsx, one after another (the machine has 2 cores and
// timings must not fight). Each bench prints one JSON object per line; this passes them through.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test', 'bench');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
let failed = 0;
for (const f of files) {
  // --expose-gc: a bench may collect garbage before it reads the heap, so growth is retention.
  const r = spawnSync(tsx, ['--expose-gc', join(dir, f)], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    console.error(`bench ${f} failed with status ${r.status}`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
