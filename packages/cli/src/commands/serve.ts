import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type RunningServer, startServer } from '@onescreen/server';
import type { Command, CommandOutput } from '../command.js';
import { USAGE_EXIT } from '../run-cli.js';
import { stopSignal } from '../stop-signal.js';

/** The screen this repository builds (`pnpm build`), the same from src/ and dist/. */
const defaultRoot = fileURLToPath(
  new URL('../../../../apps/command-screen/dist/', import.meta.url),
);

const USAGE = [
  'usage: onescreen serve [--root <dist>] [--feeds <folder>] [--port <n>] [--host <address>]',
  '  --root   the built screen, served at / (default: apps/command-screen/dist of this repository)',
  '  --feeds  the feeds folder, served at /feeds/ (default: <root>/feeds, the bundled sample feeds)',
  '  --port   TCP port (default: $PORT, else 4173)',
  '  --host   address to listen on (default: $HOST, else 127.0.0.1; 0.0.0.0 for every interface)',
  '  A feed URL asked for with "Accept: text/event-stream" streams that file as Server-Sent Events.',
  '  GET /healthz answers JSON (uptime, feeds, SSE clients, memory). SIGINT/SIGTERM stop it cleanly.',
  '  用法: onescreen serve [--root 构建目录] [--feeds 数据目录] [--port 端口] [--host 地址]',
].join('\n');

/** The options of one `serve` run, or a usage error. */
export function parseServeArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { root: string; feeds?: string; port: number; host: string } | { error: string } | 'help' {
  let values: { root?: string; feeds?: string; port?: string; host?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        root: { type: 'string' },
        feeds: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (values.help) return 'help';
  const portText = values.port ?? env.PORT ?? '4173';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) {
    return { error: `--port needs a number from 0 to 65535, found "${portText}"` };
  }
  return {
    root: resolve(values.root ?? defaultRoot),
    ...(values.feeds === undefined ? {} : { feeds: resolve(values.feeds) }),
    port,
    host: values.host ?? env.HOST ?? '127.0.0.1',
  };
}

async function serve(args: readonly string[], output: CommandOutput): Promise<number> {
  const options = parseServeArgs(args, process.env);
  if (options === 'help') {
    output.out(USAGE);
    return 0;
  }
  if ('error' in options) {
    output.err(`onescreen serve: ${options.error}`);
    output.err(USAGE);
    return USAGE_EXIT;
  }
  let server: RunningServer;
  try {
    server = await startServer({
      ...options,
      log: (line) => output.err(`onescreen serve: ${line}`),
    });
  } catch (error) {
    output.err(`onescreen serve: ${(error as Error).message}`);
    return 1;
  }
  const stopped = stopSignal();
  output.out(
    `onescreen serve: ${server.url} (screen ${options.root}, feeds ${options.feeds ?? `${options.root}/feeds`})`,
  );
  const signal = await stopped;
  output.out(`onescreen serve: ${signal}, closing`);
  await server.close();
  return 0;
}

/** `onescreen serve`: the production server of the built screen and its feeds. */
export const command: Command = {
  summary: 'serve the built screen and a feeds folder (ETag, compression, SSE on change)',
  run: serve,
};
