import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/** Debian's Chromium; no test tool may download a browser on these machines. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium off the network and quiet on a closed machine. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Workspace packages resolve to their TypeScript sources in tests and dev builds. Node-side
// tests resolve through Vite's SSR resolver, which needs the condition named again: without
// it they silently ran against each package's last `tsc -b` output in dist/.
const resolve = { conditions: ['@onescreen/source'] };
const ssr = {
  resolve: { conditions: ['@onescreen/source'], externalConditions: ['@onescreen/source'] },
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        ssr,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'packages/*/test/**/*.test.ts',
            'apps/*/test/**/*.test.ts',
            'test/unit/**/*.test.ts',
            'stories/test/**/*.test.ts',
          ],
          exclude: ['**/*.browser.test.*', '**/*.pg.test.*', '**/node_modules/**'],
          env: { TZ: 'Asia/Shanghai' },
          // A guard against a hung test, not a speed limit: on a loaded 2-core machine a test that
          // spawns the CLI or parses every sample feed can take several seconds.
          testTimeout: 30_000,
        },
      },
      {
        // Against a PostgreSQL server each file starts (Debian's postgresql; scripts/ensure-postgres.mjs).
        resolve,
        ssr,
        test: {
          name: 'postgres',
          environment: 'node',
          include: ['packages/*/test/**/*.pg.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          env: { TZ: 'Asia/Shanghai' },
        },
      },
      {
        resolve,
        plugins: [react()],
        // Pre-bundle every browser dependency up front: when Vite discovers one mid-run it
        // re-optimises and reloads, and the test that triggered it fails with "Failed to fetch
        // dynamically imported module" on a clean clone.
        optimizeDeps: {
          include: [
            'react',
            'react/jsx-runtime',
            'react/jsx-dev-runtime',
            'react-dom',
            'react-dom/client',
            'echarts',
            'echarts/core',
            'echarts/charts',
            'echarts/components',
            'echarts/renderers',
            'echarts-for-react/esm/core',
            'd3-geo',
            'polylabel',
            'zustand/vanilla',
            'zod',
          ],
        },
        test: {
          name: 'browser',
          setupFiles: ['./test/setup/browser.ts'],
          include: [
            'packages/*/test/**/*.browser.test.{ts,tsx}',
            'apps/*/test/**/*.browser.test.{ts,tsx}',
          ],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1920, height: 1080 } }],
            screenshotFailures: false,
          },
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          env: { TZ: 'Asia/Shanghai' },
        },
      },
      {
        // The packed packages in a fresh app outside the repository (test/consumer).
        test: {
          name: 'consumer',
          environment: 'node',
          include: ['test/consumer/**/*.consumer.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 900_000,
          fileParallelism: false,
          env: { TZ: 'Asia/Shanghai' },
        },
      },
    ],
  },
});
