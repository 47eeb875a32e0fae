// Browser tests render with the faces the screen bundles, so screenshots and text metrics
// match what a wall shows (this machine has no CJK font of its own).
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/barlow/500.css';
import '@fontsource/barlow/600.css';
import '@onescreen/widgets/styles.css';

// ECharts paints text into canvases with whatever face is loaded at that moment.
await Promise.all([
  document.fonts.load('16px "Noto Sans SC"', '一屏览全域'),
  document.fonts.load('16px "Barlow"', '0123456789'),
]);
