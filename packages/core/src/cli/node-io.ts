import { fetchText } from './fetch-text.js';
import { type CliIo, TooLargeError } from './io.js';
import type { TownName } from './suggest-fix.js';

// The core package compiles without Node's global types (they would change timer types for
// the browser code), so the few Node APIs the CLI needs are declared here and loaded lazily.
interface NodeFs {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string | URL, encoding: 'utf8'): Promise<string>;
}
interface NodeStream {
  write(chunk: string): boolean;
}
/** The parts of Node's `process` the CLI uses. */
export interface NodeProcess {
  argv: string[];
  env: Record<string, string | undefined>;
  exitCode?: number | undefined;
  stdout: NodeStream;
  stderr: NodeStream;
}

/** Node's `process` object. */
export const nodeProcess = (): NodeProcess =>
  (globalThis as unknown as { process: NodeProcess }).process;

const loadFs = async (): Promise<NodeFs> => (await import('node:fs/promises' as string)) as NodeFs;

/** The validator's host on Node: files from disk, URLs by fetch, lines to stdout/stderr. */
export function nodeIo(): CliIo {
  const proc = nodeProcess();
  return {
    async readFile(path, maxBytes) {
      const fs = await loadFs();
      const info = await fs.stat(path);
      if (!info.isFile()) throw new Error(`${path} is not a file`);
      if (info.size > maxBytes) throw new TooLargeError(info.size);
      return fs.readFile(path, 'utf8');
    },
    fetchText,
    towns: readTowns,
    env: proc.env,
    out: (line) => void proc.stdout.write(`${line}\n`),
    err: (line) => void proc.stderr.write(`${line}\n`),
    now: () => new Date(),
  };
}

// The repository's town list (data/geo/towns.json, from the boundary extraction), found from
// this file's place in the repository; a copy of the CLI outside it suggests district codes only.
const TOWNS_URL = new URL('../../../../data/geo/towns.json', import.meta.url);

async function readTowns(): Promise<readonly TownName[]> {
  try {
    const fs = await loadFs();
    const doc = JSON.parse(await fs.readFile(TOWNS_URL, 'utf8')) as { towns?: unknown };
    return Array.isArray(doc.towns) ? (doc.towns as TownName[]) : [];
  } catch {
    return [];
  }
}
