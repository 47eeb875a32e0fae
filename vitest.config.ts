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

// Workspace packages resolve to their TypeScript sources in tests and dev builds.
const resolve = { conditions: ['@onescreen/source'] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'packages/*/test/**/*.test.ts',
            'apps/*/test/**/*.test.ts',
            'test/unit/**/*.test.ts',
          ],
          exclude: ['**/*.browser.test.*', '**/node_modules/**'],
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
    ],
  },
});
