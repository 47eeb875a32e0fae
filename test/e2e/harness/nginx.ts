import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureNginx, nginxPath } from '../../../scripts/ensure-nginx.mjs';

/** A running nginx with a site config of ours. */
export interface RunningNginx {
  /** http://127.0.0.1:<port> (no trailing slash). */
  origin: string;
  /** What nginx wrote to its error log so far. */
  errors(): string;
  close(): Promise<void>;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A site file of deploy/nginx with `listen` set to a loopback port and every `from` → `to`
 * replacement made; throws if a replacement finds nothing (the shipped file changed).
 */
export function siteConfig(file: URL, port: number, replace: Record<string, string>): string {
  let text = readFileSync(file, 'utf8');
  const listen = 'listen 80;';
  for (const [from, to] of Object.entries({ [listen]: `listen 127.0.0.1:${port};`, ...replace })) {
    if (!text.includes(from)) throw new Error(`${file.pathname} no longer contains "${from}"`);
    text = text.replaceAll(from, to);
  }
  return text;
}

/**
 * Start Debian's nginx (installed now if missing and we are root; otherwise this throws with
 * the command to install it) in the foreground with a temp prefix, serving `site` on `port`.
 */
export async function startNginx(site: string, port: number): Promise<RunningNginx> {
  if (!ensureNginx()) {
    throw new Error(
      `nginx is required for the deployment test and could not be installed at ${nginxPath}`,
    );
  }
  const prefix = mkdtempSync(join(tmpdir(), 'onescreen-nginx-'));
  // nginx started as root runs its workers as nobody: they must reach the temp folders.
  chmodSync(prefix, 0o755);
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(join(prefix, 'site.conf'), site);
  writeFileSync(
    conf,
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      'events { worker_connections 512; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      '  sendfile on;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `  ${t}_temp_path ${prefix}/${t};`,
      ),
      `  include ${prefix}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const test = spawn(nginxPath, [
    '-t',
    '-q',
    '-p',
    prefix,
    '-c',
    conf,
    '-e',
    `${prefix}/error.log`,
  ]);
  const testOutput: string[] = [];
  test.stderr.on('data', (c: Buffer) => testOutput.push(c.toString()));
  const tested = await new Promise<number | null>((resolve) => test.on('exit', resolve));
  if (tested !== 0) throw new Error(`nginx -t rejected the config:\n${testOutput.join('')}`);

  const child: ChildProcess = spawn(
    nginxPath,
    ['-p', prefix, '-c', conf, '-e', `${prefix}/error.log`],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const errors = () => {
    try {
      return readFileSync(`${prefix}/error.log`, 'utf8');
    } catch {
      return '';
    }
  };
  // Ready once it answers; at most 20 s.
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start:\n${errors()}`);
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${origin}:\n${errors()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    origin,
    errors,
    async close() {
      // SIGQUIT: finish what is in flight, then stop; SIGKILL if it is still there after 10 s.
      child.kill('SIGQUIT');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
