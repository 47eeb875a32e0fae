import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, defaultClientConditions, type Rolldown } from 'vite';

const widgetsEntry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const entryId = 'virtual:size-entry';
const resolvedId = '\0size-entry';

/** One widget built alone: minified and gzipped bytes, and the code itself for inspection. */
export interface WidgetBundle {
  name: string;
  minified: number;
  gzipped: number;
  code: string;
}

/**
 * Builds a library whose entry re-exports only `name` from '@onescreen/widgets', minified, with
 * React external (a portal has its own), so the number is what that widget adds to a page.
 */
export async function buildWidget(name: string): Promise<WidgetBundle> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: {
      conditions: ['@onescreen/source', ...defaultClientConditions],
      alias: { '@onescreen/widgets': widgetsEntry },
    },
    plugins: [
      {
        name: 'size-entry',
        resolveId: (id) => (id === entryId ? resolvedId : null),
        load: (id) => (id === resolvedId ? `export { ${name} } from '@onescreen/widgets';` : null),
      },
    ],
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      // An app build, not lib mode (which insists on a file entry); keeping the entry's exports
      // stops the widget being shaken away.
      rolldownOptions: {
        input: entryId,
        preserveEntrySignatures: 'strict',
        external: [/^react($|\/)/, /^react-dom($|\/)/, 'scheduler'],
        output: { format: 'es' },
      },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  let code = '';
  for (const result of results) {
    for (const chunk of result.output) if (chunk.type === 'chunk') code += chunk.code;
  }
  return {
    name,
    minified: Buffer.byteLength(code),
    gzipped: gzipSync(code, { level: 9 }).length,
    code,
  };
}
