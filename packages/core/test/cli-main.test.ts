import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoFile } from './fixtures/feeds/load.js';

// The real entry point in a child process: exit codes and streams as a shell sees them.
const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    cwd: fileURLToPath(repoFile('')),
    encoding: 'utf8',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });

describe('main.ts as a process', () => {
  it('exit 0 on a good feed', () => {
    const r = run('validate', 'data/feeds/grassroots.json');
    expect(r.stdout).toMatch(/^valid: grassroots feed/);
    expect(r.status).toBe(0);
  }, 30_000);

  it('exit 1 on a broken feed, problems on stdout', () => {
    const r = run('validate', 'package.json');
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      '/kind: expected a feed kind (petitions, hotline, fire, antifraud, grassroots), found nothing (missing)',
    );
  }, 30_000);

  it('exit 2 on a usage error, usage on stderr', () => {
    const r = run('validate');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('usage: onescreen validate');
  }, 30_000);
});
