import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A package packed as it would be published. */
export interface Packed {
  name: string;
  version: string;
  /** The package's folder in the repository. */
  dir: string;
  /** The .tgz file. */
  tarball: string;
  /** The manifest inside the tarball (workspace ranges replaced, publishConfig applied). */
  manifest: Record<string, unknown> & { exports?: Record<string, unknown> };
  /** Every path in the tarball, relative to its package/ folder. */
  files: string[];
}

/** Every package under packages/ that is not private, so a new one is packed by existing. */
export function publishedDirs(root: string): string[] {
  const parent = join(root, 'packages');
  return readdirSync(parent)
    .map((name) => join(parent, name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .filter((dir) => !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private);
}

/** Every file under `dir`, as paths relative to it. */
function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path).map((p) => `${name}/${p}`) : [name];
  });
}

/**
 * Deletes compiler output whose source is gone (tsc -b never removes it): a renamed module
 * would otherwise ship twice. Only dist/ files that mirror src/; the standalone bundle is a
 * build of its own and is rebuilt from scratch.
 */
export function pruneStaleOutput(dir: string): string[] {
  const removed: string[] = [];
  for (const file of walk(join(dir, 'dist'))) {
    if (file.startsWith('bundle/')) continue;
    const stem = /^(.*?)\.(js|d\.ts)(\.map)?$/.exec(file)?.[1];
    if (stem === undefined) continue;
    if (['.ts', '.tsx', '.mts'].some((ext) => existsSync(join(dir, 'src', stem + ext)))) continue;
    rmSync(join(dir, 'dist', file));
    removed.push(relative(dir, join(dir, 'dist', file)));
  }
  return removed;
}

/** `pnpm pack` into `dest`, with the manifest and file list read back from the tarball. */
export function pack(dir: string, dest: string): Packed {
  const out = execFileSync('pnpm', ['pack', '--pack-destination', dest, '--json'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const info = JSON.parse(out.slice(out.indexOf('{'))) as {
    name: string;
    version: string;
    filename: string;
  };
  const listing = execFileSync('tar', ['-tzf', info.filename], { encoding: 'utf8' });
  const files = listing
    .split('\n')
    .filter(Boolean)
    .map((p) => p.replace(/^package\//, ''));
  const manifest = JSON.parse(
    execFileSync('tar', ['-xzOf', info.filename, 'package/package.json'], { encoding: 'utf8' }),
  );
  return { name: info.name, version: info.version, dir, tarball: info.filename, manifest, files };
}

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
