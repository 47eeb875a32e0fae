import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  src?: string;
  imports?: string[];
  css?: string[];
}

/** Gzipped bytes of one consumer app: its JavaScript (entry and every chunk it imports) and CSS. */
export interface AppSize {
  js: number;
  css: number;
}

/** The gzip sizes of each entry of a `build.manifest` build in `outDir`. */
export function entrySizes(outDir: string): Map<string, AppSize> {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  const sizes = new Map<string, AppSize>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue;
    const js = new Set<string>();
    const css = new Set<string>();
    const visit = (k: string) => {
      const c = manifest[k];
      if (!c || js.has(c.file)) return;
      js.add(c.file);
      for (const f of c.css ?? []) css.add(f);
      for (const i of c.imports ?? []) visit(i);
    };
    visit(key);
    const sum = (files: Set<string>) => [...files].reduce((n, f) => n + gz(f), 0);
    sizes.set(chunk.src ?? key, { js: sum(js), css: sum(css) });
  }
  return sizes;
}

/** kB with one decimal. */
export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
