import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { bundledData } from './scripts/bundled-data.js';

// The screen serves its own sample feeds and boundaries so that a closed network needs
// nothing but this origin; `base: './'` lets the build sit under any path.
export default defineConfig({
  base: './',
  plugins: [react(), bundledData()],
  resolve: { conditions: ['@onescreen/source', ...defaultClientConditions] },
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 2000 },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
});
