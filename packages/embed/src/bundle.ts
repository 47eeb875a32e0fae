// Entry of the standalone build (dist/bundle/onescreen-embed.js): React, the widgets, ECharts
// and the styles in one ES module, and <onescreen-widget> registered on load, for pages with
// no bundler and no React.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/barlow/500.css';
import '@fontsource/barlow/600.css';
import '@onescreen/widgets/styles.css';
import { defineOnescreenWidget } from './element.js';

export * from './index.js';

defineOnescreenWidget();
