import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repoRoot = new URL('../../../', import.meta.url);

/** The CLI's source entry, as the root `pnpm onescreen` script runs it. */
export const cliMain = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/**
 * Node arguments that run `onescreen <args>` from source: tsx for TypeScript, and the
 * `@onescreen/source` condition so workspace packages resolve to their sources, not dist/.
 */
export const cliProcessArgs = (...args: string[]): string[] => [
  '--conditions=@onescreen/source',
  '--import',
  'tsx',
  cliMain,
  ...args,
];

/** Runs `onescreen <args>` to its end from the repository root: exit status, stdout, stderr. */
export const runCliProcess = (...args: string[]) =>
  spawnSync(process.execPath, cliProcessArgs(...args), {
    cwd: fileURLToPath(repoRoot),
    encoding: 'utf8',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
