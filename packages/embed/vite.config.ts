import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const entry = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Only the woff2 slices: every browser a wall or a portal runs has read woff2 for years, and
 * the woff copies would double the package (about 12 MB to 6 MB).
 */
function woff2Only(): Plugin {
  return {
    name: 'onescreen-woff2-only',
    generateBundle(_, bundle) {
      for (const [name, file] of Object.entries(bundle)) {
        if (name.endsWith('.woff')) delete bundle[name];
        else if (file.type === 'asset' && name.endsWith('.css') && typeof file.source === 'string')
          file.source = file.source.replace(/,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)/g, '');
      }
    },
  };
}

/** The OFL requires its text to travel with the fonts: one file per family beside the slices. */
function fontLicences(families: string[]): Plugin {
  return {
    name: 'onescreen-font-licences',
    generateBundle() {
      for (const family of families) {
        const dir = dirname(require.resolve(`@fontsource/${family}/package.json`));
        const source = readFileSync(join(dir, 'LICENSE'), 'utf8');
        this.emitFile({ type: 'asset', fileName: `fonts/OFL-${family}.txt`, source });
      }
    },
  };
}

// The standalone build: everything bundled (React included), so a portal adds one module script
// and one stylesheet, plus the fonts stylesheet if it wants our fonts. An app build with kept
// entries rather than library mode, because library mode inlines every asset: the font slices
// would become 15 MB of base64 inside the CSS. `base: './'` makes every URL relative to the file
// that holds it, so the folder works from any sub-path or CDN folder.
export default defineConfig({
  base: './',
  plugins: [woff2Only(), fontLicences(['noto-sans-sc', 'barlow'])],
  resolve: { conditions: ['@onescreen/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist/bundle',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    // One module on purpose (React, ECharts and the widgets): a page adds a single script.
    chunkSizeWarningLimit: 1200,
    // The licences of everything bundled (React, ECharts, the fonts' packages) travel with it.
    license: { fileName: 'THIRD-PARTY-LICENSES.md' },
    rolldownOptions: {
      input: {
        'onescreen-embed': entry('src/bundle.ts'),
        'onescreen-fonts': entry('src/fonts.css'),
      },
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: (asset) =>
          asset.names.some((n) => n.endsWith('.css'))
            ? '[name][extname]'
            : 'fonts/[name]-[hash][extname]',
      },
    },
  },
});
