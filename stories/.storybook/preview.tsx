import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/barlow/500.css';
import '@fontsource/barlow/600.css';
import '@onescreen/widgets/styles.css';
import type { Preview } from '@storybook/react-vite';
import { screenViewports } from './viewports.js';
import { withOnescreen } from './withOnescreen.js';

const preview: Preview = {
  decorators: [withOnescreen],
  // ECharts paints canvas text with whatever face is loaded; wait for ours before any story draws.
  loaders: [
    async () => {
      await Promise.all([
        document.fonts.load('16px "Noto Sans SC"', '一屏览全域'),
        document.fonts.load('16px "Barlow"', '0123456789'),
      ]);
      return {};
    },
  ],
  globalTypes: {
    theme: {
      description: 'Colour theme / 配色',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'dark', title: '深色 Dark' },
          { value: 'light', title: '浅色 Light' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Screen language / 语言',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'dark', locale: 'zh-CN' },
  parameters: {
    layout: 'fullscreen',
    viewport: { options: screenViewports },
    controls: { expanded: true, sort: 'requiredFirst' },
    // Designers start from the tokens, then the widgets; the whole screen comes last.
    options: { storySort: { order: ['Design tokens', 'Widgets', 'Charts', 'Maps', 'Screens'] } },
    // axe runs after every story in the story tests; a violation fails them (see a11y-exceptions.ts).
    // Only violations are collected in detail: it is what fails a test, and axe runs faster.
    a11y: { test: 'error', options: { resultTypes: ['violations'] } },
  },
  tags: ['autodocs'],
};

export default preview;
