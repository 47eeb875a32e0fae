import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../../packages/server/src/index.js';

/** The production build of the app, as `pnpm start` serves it. */
export const appDist =
  process.env.BENCH_DIST ??
  fileURLToPath(new URL('../../../apps/command-screen/dist/', import.meta.url));
const sampleFeeds = fileURLToPath(new URL('../../../data/feeds/', import.meta.url));

/** A production server on a feeds folder of our own, which the bench rewrites. */
export interface BenchServer {
  /** Base URL with a trailing slash. */
  url: string;
  /** The folder served at /feeds/. */
  feeds: string;
  /** Replace a file of the feeds folder atomically (a temp file, then a rename), as producers do. */
  write(name: string, text: string): void;
  /** The text of a file of the feeds folder. */
  read(name: string): string;
  close(): Promise<void>;
}

/** Serve apps/command-screen/dist with `onescreen serve`, feeds from a fresh copy of data/feeds. */
export async function startBenchServer(): Promise<BenchServer> {
  const feeds = mkdtempSync(join(tmpdir(), 'onescreen-bench-feeds-'));
  cpSync(sampleFeeds, feeds, { recursive: true, filter: (src) => !src.endsWith('.md') });
  const server = await startServer({
    root: appDist,
    feeds,
    port: 0,
    host: '127.0.0.1',
    log: (line) => console.error(`[serve] ${line}`),
  });
  return {
    url: server.url,
    feeds,
    write(name, text) {
      const file = join(feeds, name);
      writeFileSync(`${file}.tmp`, text);
      renameSync(`${file}.tmp`, file);
    },
    read: (name) => readFileSync(join(feeds, name), 'utf8'),
    async close() {
      await server.close();
      rmSync(feeds, { recursive: true, force: true });
    },
  };
}
