import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { AreaCollection } from '@onescreen/geo';
import type { Plugin } from 'vite';
import { shrinkBoundaries } from './shrink-boundaries.js';

const dataRoot = resolve(import.meta.dirname, '../../../data');

/** Folders of data/ that ship inside the app, with the file types each may hold. */
const shipped: Record<string, readonly string[]> = {
  feeds: ['.json'],
  geo: ['.geojson', '.json'],
  screens: ['.json'],
};

function listShipped(): { url: string; file: string }[] {
  const out: { url: string; file: string }[] = [];
  for (const [folder, types] of Object.entries(shipped)) {
    const dir = join(dataRoot, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (types.includes(extname(name)))
        out.push({ url: `${folder}/${name}`, file: join(dir, name) });
    }
  }
  return out;
}

const shrunk = new Map<string, string>();

/**
 * A shipped file as the screen gets it. Boundary files are shrunk for the screen (borders
 * simplified within half their source grid, see shrink-boundaries.ts): the map draws and
 * recolours half the points, and the page downloads half the bytes. Files a config names for
 * itself are loaded as they are.
 */
function shippedContent(f: { url: string; file: string }): Buffer | string {
  if (!f.url.startsWith('geo/') || !f.url.endsWith('.geojson')) return readFileSync(f.file);
  let text = shrunk.get(f.file);
  if (text === undefined) {
    const collection = JSON.parse(readFileSync(f.file, 'utf8')) as AreaCollection;
    text = JSON.stringify(shrinkBoundaries(collection));
    shrunk.set(f.file, text);
  }
  return text;
}

/** Serves data/feeds, data/geo and data/screens in dev and copies them into the build. */
export function bundledData(): Plugin {
  return {
    name: 'onescreen-bundled-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '';
        const hit = listShipped().find((f) => f.url === path);
        if (!hit) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(shippedContent(hit));
      });
    },
    generateBundle() {
      for (const f of listShipped()) {
        this.emitFile({ type: 'asset', fileName: f.url, source: shippedContent(f) });
      }
    },
  };
}
