import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A built screen in a temp folder, with a feeds folder inside and a secret beside it. */
export interface Site {
  /** The temp folder holding everything. */
  dir: string;
  /** The "dist" folder: index.html, assets/, feeds/. */
  root: string;
  /** `root/feeds`. */
  feeds: string;
  /** Text of `dir/secret.txt`, which must never be served. */
  secret: string;
  remove(): void;
}

/** A script big enough to be compressed, named the way Vite names hashed output. */
export const SCRIPT_NAME = 'index-B_o-0QOd.js';
export const scriptText = `console.log(${JSON.stringify('一屏览全域 '.repeat(400))});\n`;

/** A feed document as producers write it: pretty-printed, over 1 kB. */
export const feedDoc = (n: number) => ({
  kind: 'grassroots',
  schemaVersion: 1,
  asOf: '2022-12-31T14:00:00+08:00',
  source: `test round ${n}`,
  data: { indicators: Array.from({ length: 20 }, (_, i) => ({ id: `i${i}`, value: n * 100 + i })) },
});

/** Write a file the way build-feeds does: a temp file in the same folder, then a rename. */
export function writeAtomic(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/** Make a site in a fresh temp folder. */
export function makeSite(): Site {
  const dir = mkdtempSync(join(tmpdir(), 'onescreen-serve-'));
  const root = join(dir, 'dist');
  const feeds = join(root, 'feeds');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(feeds);
  mkdirSync(join(root, 'screens'));
  const secret = `secret-${Math.random().toString(36).slice(2)}`;
  writeFileSync(join(dir, 'secret.txt'), secret);
  writeFileSync(join(dir, 'secret.json'), JSON.stringify({ secret }));
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><html><head><script type="module" src="./assets/${SCRIPT_NAME}"></script></head><body></body></html>\n`,
  );
  writeFileSync(join(root, 'assets', SCRIPT_NAME), scriptText);
  writeFileSync(join(root, 'screens', 'default.json'), '{"schemaVersion":1}\n');
  writeFileSync(join(root, '.env'), `TOKEN=${secret}\n`);
  writeFileSync(join(feeds, 'grassroots.json'), `${JSON.stringify(feedDoc(0), null, 2)}\n`);
  writeFileSync(
    join(feeds, 'fire.json'),
    `${JSON.stringify({ ...feedDoc(0), kind: 'fire' }, null, 2)}\n`,
  );
  return { dir, root, feeds, secret, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
