import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** A fenced code block of a README. */
export interface ReadmeBlock {
  /** README path relative to the repository root. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The language word of the fence (`tsx`, `html`, `sh` …). */
  lang: string;
  /** The words after it: `example` (compiled or run by `pnpm test`) or `sketch` (an API outline). */
  tags: string[];
  /** The code. */
  code: string;
}

/** Languages whose blocks must say whether they are examples. */
export const codeLangs = new Set(['ts', 'tsx', 'js', 'jsx', 'html']);

/** The README files checked: the root one and every workspace folder's. */
export function readmeFiles(root: URL): string[] {
  const files = ['README.md'];
  for (const parent of ['packages', 'apps']) {
    const dir = new URL(`${parent}/`, root);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) files.push(`${parent}/${name}/README.md`);
  }
  files.push('stories/README.md', 'data/README.md');
  return files.filter((f) => existsSync(new URL(f, root)));
}

/** Every fenced block of one README. */
export function blocksOf(file: string, text: string): ReadmeBlock[] {
  const blocks: ReadmeBlock[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})\s*([\w-]*)\s*(.*)$/.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[1] as string;
    const end = lines.findIndex((l, j) => j > i && l.startsWith(fence));
    const close = end === -1 ? lines.length : end;
    blocks.push({
      file,
      line: i + 1,
      lang: open[2] ?? '',
      tags: (open[3] ?? '').split(/\s+/).filter(Boolean),
      code: lines.slice(i + 1, close).join('\n'),
    });
    i = close;
  }
  return blocks;
}

/** Every block of every checked README. */
export function readmeBlocks(root: URL): ReadmeBlock[] {
  return readmeFiles(root).flatMap((f) => blocksOf(f, readFileSync(new URL(f, root), 'utf8')));
}

/** A file name for an example: where it came from, e.g. `packages-widgets-README-L120.tsx`. */
export function exampleFileName(block: ReadmeBlock): string {
  const ext = block.lang === 'html' ? 'html' : block.lang;
  return `${block.file.replace(/\.md$/, '').replaceAll('/', '-')}-L${block.line}.${ext}`;
}
