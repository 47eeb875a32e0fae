import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseServeArgs } from '../src/commands/serve.js';
import { cliProcessArgs, repoRoot } from './cli-process.js';

const dir = mkdtempSync(join(tmpdir(), 'onescreen-cli-serve-'));
const root = join(dir, 'dist');
mkdirSync(join(root, 'feeds'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
writeFileSync(join(root, 'feeds', 'a.json'), '{"a":1}');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Start `onescreen serve` as a process; resolves with its URL once it says it listens. */
function serve(...args: string[]): Promise<{ child: ChildProcess; url: string; out: string[] }> {
  const child = spawn(process.execPath, cliProcessArgs('serve', ...args), {
    cwd: fileURLToPath(repoRoot),
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  const out: string[] = [];
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out.push(chunk);
      const url = /onescreen serve: (http:\/\/\S+\/)/.exec(out.join(''))?.[1];
      if (url !== undefined) resolve({ child, url, out });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out.join('')}`)));
  });
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

describe('onescreen serve as a process', () => {
  it('serves the given build and feeds, answers /healthz, and exits 0 on SIGTERM', async () => {
    const { child, url } = await serve('--root', root, '--port', '0');
    const health = await (await fetch(new URL('/healthz', url))).json();
    expect(health).toMatchObject({ status: 'ok', sseClients: 0, feeds: { files: 1 } });
    expect(await (await fetch(new URL('/feeds/a.json', url))).json()).toEqual({ a: 1 });
    const exited = exitOf(child);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);

  it('exits 1 naming the fix when there is no build', async () => {
    const child = spawn(process.execPath, cliProcessArgs('serve', '--root', dir, '--port', '0'), {
      cwd: fileURLToPath(repoRoot),
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      err += c;
    });
    expect(await exitOf(child)).toBe(1);
    expect(err).toContain('pnpm build');
  }, 30_000);
});

describe('serve options', () => {
  it('takes the port from --port, else $PORT, else 4173; the host from --host, else $HOST', () => {
    expect(parseServeArgs(['--root', 'x'], {})).toMatchObject({ port: 4173, host: '127.0.0.1' });
    expect(parseServeArgs([], { PORT: '8080', HOST: '0.0.0.0' })).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
    });
    expect(parseServeArgs(['--port', '9000', '--host', '::'], { PORT: '8080' })).toMatchObject({
      port: 9000,
      host: '::',
    });
  });

  it('defaults the root to the app build of this repository and resolves paths from the cwd', () => {
    const options = parseServeArgs(['--feeds', 'data/feeds'], {});
    expect(options).toMatchObject({
      root: fileURLToPath(new URL('apps/command-screen/dist', repoRoot)),
      feeds: join(process.cwd(), 'data/feeds'),
    });
  });

  it('reports usage errors', () => {
    expect(parseServeArgs(['--port', 'http'], {})).toEqual({
      error: '--port needs a number from 0 to 65535, found "http"',
    });
    expect(parseServeArgs(['--nope'], {})).toMatchObject({
      error: expect.stringContaining('--nope'),
    });
    expect(parseServeArgs(['extra'], {})).toMatchObject({ error: expect.any(String) });
    expect(parseServeArgs(['--help'], {})).toBe('help');
  });
});
