import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer as startOnescreen } from '@onescreen/server';

/** The app's folder; its dist/ is what `pnpm start` serves through `onescreen serve`. */
export const appRoot = fileURLToPath(new URL('../../../apps/command-screen/', import.meta.url));

/** A running production server of the command screen. */
export interface RunningServer {
  /** Base URL, ending in a slash. */
  url: string;
  close(): Promise<void>;
}

/** Where the server reads from: by default the build and its bundled feeds. */
export interface ServerOptions {
  /** A feeds folder to serve at /feeds/ in place of the build's own. */
  feeds?: string;
}

/**
 * Serve the production build (apps/command-screen/dist) with the production server
 * (@onescreen/server, what `pnpm start` runs) on a free loopback port.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(`${appRoot}dist/index.html`)) {
    throw new Error('apps/command-screen/dist is missing: run `pnpm build` before the e2e suite');
  }
  const server = await startOnescreen({
    root: `${appRoot}dist`,
    ...options,
    port: 0,
    host: '127.0.0.1',
    log: (line) => console.warn(`[onescreen serve] ${line}`),
  });
  return { url: server.url, close: () => server.close() };
}
