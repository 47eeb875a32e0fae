import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.tsx'],
  // Configured by hand: `storybook add` would try to download a browser (see vitest.config.ts)
  // and fetch packages; these three are pinned to Storybook's own version in package.json.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The playground's screen reads the sample feeds and boundaries as the built app does.
  staticDirs: [
    { from: '../../data/feeds', to: '/feeds' },
    { from: '../../data/geo', to: '/geo' },
  ],
  // Closed networks: no telemetry, no update checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // TypeScript 6 keeps its JS API, so prop tables come from the widgets' real types.
  typescript: {
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      tsconfigPath: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
      // The widgets live outside this folder; their sources are what the tables describe.
      include: ['../packages/widgets/src/**/*.tsx'],
      shouldExtractLiteralValuesFromEnum: true,
      propFilter: (prop) => !prop.parent?.fileName.includes('node_modules'),
    },
  },
  viteFinal: (vite) =>
    mergeConfig(vite, {
      // Stories read the workspace packages' TypeScript sources, as tests and the app do.
      resolve: { conditions: ['@onescreen/source', ...defaultClientConditions] },
    }),
};

export default config;
