// Entry of the standalone build (dist/bundle/onescreen-embed.js): React, the widgets, ECharts
// and the styles in one ES module, and <onescreen-widget> registered on load, for pages with
// no bundler and no React. The fonts are a separate stylesheet (src/fonts.css), so a portal
// with its own fonts does not download them.
import '@onescreen/widgets/styles.css';
import { defineOnescreenWidget } from './element.js';

export * from './index.js';

defineOnescreenWidget();
