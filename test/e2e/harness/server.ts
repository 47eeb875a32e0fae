import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

/** The app's folder; `vite preview` there serves exactly what `pnpm start` serves. */
export const appRoot = fileURLToPath(new URL('../../../apps/command-screen/', import.meta.url));

/** A running production server of the command screen. */
export interface RunningServer {
  /** Base URL, ending in a slash. */
  url: string;
  close(): Promise<void>;
}

/** Serve the production build (apps/command-screen/dist) on a free loopback port. */
export async function startServer(): Promise<RunningServer> {
  if (!existsSync(`${appRoot}dist/index.html`)) {
    throw new Error('apps/command-screen/dist is missing: run `pnpm build` before the e2e suite');
  }
  const server = await preview({
    root: appRoot,
    configFile: `${appRoot}vite.config.ts`,
    logLevel: 'error',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  return {
    url: url.endsWith('/') ? url : `${url}/`,
    close: () => server.close(),
  };
}
