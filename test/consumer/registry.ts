import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import type { Packed } from './pack.js';

/** A running registry: its URL (for `@onescreen:registry=`) and how to stop it. */
export interface LocalRegistry {
  url: string;
  /** Every path asked for, to show the install really went through it. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves the packed tarballs as the npm registry would once they are published: a packument per
 * package name and the tarballs themselves, on a loopback port. A consumer app points only the
 * @onescreen scope here, so the packages' own dependency ranges are resolved exactly as a user's
 * install would resolve them, and everything else comes from the public registry (or pnpm's
 * store).
 */
export async function startRegistry(packed: Packed[]): Promise<LocalRegistry> {
  const requests: string[] = [];
  const tarballs = new Map(packed.map((p) => [basename(p.tarball), readFileSync(p.tarball)]));
  let url = '';
  const packument = (p: Packed) => {
    const bytes = tarballs.get(basename(p.tarball)) as Buffer;
    const version = {
      ...p.manifest,
      dist: {
        tarball: `${url}-/tarballs/${basename(p.tarball)}`,
        integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
        shasum: createHash('sha1').update(bytes).digest('hex'),
      },
    };
    return { name: p.name, 'dist-tags': { latest: p.version }, versions: { [p.version]: version } };
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const tarball = path.startsWith('/-/tarballs/') ? tarballs.get(path.slice(12)) : undefined;
    if (tarball) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(tarball);
      return;
    }
    const found = packed.find((p) => `/${p.name}` === path);
    if (found) {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(packument(found)));
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
