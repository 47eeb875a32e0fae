import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

// The standalone build: everything bundled (React included), so a portal adds one module script
// and one stylesheet. An app build with a kept entry rather than library mode, because library
// mode inlines every asset: the font slices would become 15 MB of base64 inside the CSS.
export default defineConfig({
  resolve: { conditions: ['@onescreen/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist/bundle',
    emptyOutDir: true,
    cssCodeSplit: false,
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: fileURLToPath(new URL('src/bundle.ts', import.meta.url)),
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: 'onescreen-embed.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: (asset) =>
          asset.names.some((n) => n.endsWith('.css'))
            ? 'onescreen-embed.css'
            : 'fonts/[name]-[hash][extname]',
      },
    },
  },
});
