import { defineConfig } from 'vite';

// Built by the start-up bench into a temp folder: the one-chart page the screen is compared with.
export default defineConfig({
  base: './',
  build: { chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
});
