// `pnpm test`: every check CI runs, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

const steps = [
  ['format check', 'biome', ['format', '.']],
  ['lint', 'biome', ['lint', '--error-on-warnings', '.']],
  ['typecheck', 'tsc', ['-b']],
  // Storybook is not a composite project (it reads widget sources through a custom condition).
  ['typecheck (stories)', 'tsc', ['-p', 'stories']],
  ['unit tests (Node)', 'vitest', ['run', '--project', 'unit']],
  ['component tests (Chromium)', 'vitest', ['run', '--project', 'browser']],
  ['story tests (Chromium)', 'pnpm', ['--filter', '@onescreen/stories', 'test']],
  ['production build', 'pnpm', ['build']],
  ['Storybook build', 'pnpm', ['--filter', '@onescreen/stories', 'build']],
  ['end-to-end tests (Chromium, production build)', 'vitest', ['run', '--project', 'e2e']],
];

const started = Date.now();
const timings = [];
if (!ensureChromium()) process.exit(1);

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
