// `pnpm test`: every check CI runs, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureNginx } from './ensure-nginx.mjs';
import { ensurePostgres } from './ensure-postgres.mjs';

const steps = [
  ['format check', 'biome', ['format', '.']],
  ['lint', 'biome', ['lint', '--error-on-warnings', '.']],
  ['typecheck', 'tsc', ['-b']],
  // Storybook is not a composite project (it reads widget sources through a custom condition).
  ['typecheck (stories)', 'tsc', ['-p', 'stories']],
  // Built before the tests: the manifest test checks every published file exists (the embed
  // bundle included), and the end-to-end suite serves this build.
  ['production build', 'pnpm', ['build']],
  ['unit tests (Node)', 'vitest', ['run', '--project', 'unit']],
  // build-feeds against a throwaway cluster of Debian's PostgreSQL server.
  ['PostgreSQL tests (build-feeds)', 'vitest', ['run', '--project', 'postgres']],
  ['component tests (Chromium)', 'vitest', ['run', '--project', 'browser']],
  ['story tests (Chromium)', 'pnpm', ['--filter', '@onescreen/stories', 'test']],
  // Every published package packed, linted and installed into a fresh Vite + React app outside
  // the repository, README examples compiled and rendered there; about two minutes.
  ['consumer tests (packed packages, fresh app)', 'vitest', ['run', '--project', 'consumer']],
  ['Storybook build', 'pnpm', ['--filter', '@onescreen/stories', 'build']],
  ['end-to-end tests (Chromium, production build)', 'vitest', ['run', '--project', 'e2e']],
];

const started = Date.now();
const timings = [];
// System programs the tests drive, from Debian's packages (never downloaded, never skipped).
if (!ensureChromium() || !ensureNginx() || !ensurePostgres()) process.exit(1);

for (const [name, command, args] of steps) {
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const t0 = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  timings.push(`${name.padEnd(48)} ${seconds.padStart(6)} s`);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal}); stopping here.`);
    console.error(`steps: ${timings.length - 1} passed, 1 failed`);
    process.exit(result.status || 1);
  }
}

console.log(`\n${timings.join('\n')}`);
console.log(
  `✓ all ${steps.length} steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
