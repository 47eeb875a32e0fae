// First: it configures zod before any schema is defined.
import './boot/zod-jitless.js';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/barlow/500.css';
import '@fontsource/barlow/600.css';
import '@onescreen/widgets/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Boot } from './boot/Boot.js';
import { loadScreen } from './boot/load-screen.js';
import { prestartCoverageWorker } from './coverage/coverage-worker.js';
import { prestartCoverage } from './coverage/prestart-coverage.js';
import { prestartFeedWorker } from './feeds/feed-worker.js';
import { prestartBindingsContext, prestartScreenFeeds } from './feeds/screen-feeds.js';
import { preloadFirstScreenFonts } from './fonts/preload-fonts.js';
import { screenPlaceNames } from './model/place-names.js';
import { PlaylistBoot } from './playlist/PlaylistBoot.js';
import { parseScreenParams } from './url/params.js';

const params = parseScreenParams(location.search);
// The bundled default config sits next to index.html in the build (see scripts/bundled-data.ts).
const configUrl = new URL(params.screen ?? './screens/default.json', location.href).href;

const root = document.getElementById('root');
if (root) {
  // The config and boundaries load while the fonts do (a playlist loads its screens itself), and
  // the feed worker starts.
  const loading = params.playlist ? null : loadScreen(configUrl, params.lang);
  prestartFeedWorker();
  // The feeds start once the config is known, while the fonts load, not when the screen mounts.
  void loading?.then((loaded) => {
    if (!loaded.ok) return;
    prestartCoverageWorker();
    prestartScreenFeeds(loaded.config, params.feeds);
    // The first render's selection (the store's at start): its views come with the feeds.
    const period = params.period ?? loaded.config.period?.default;
    prestartBindingsContext(period, screenPlaceNames(loaded.boundaries, loaded.drill));
    // The coverage is counted as soon as the stations come, while the screen renders.
    prestartCoverage(
      loaded.config,
      loaded.boundaries,
      loaded.drill,
      params.lang ?? loaded.config.language,
    );
    // The font slices of the first screen's words load while the feeds do (asked for after them).
    // A tile of a wall shows a part of the screen: its words are left to its first layout.
    if (!params.tile) {
      preloadFirstScreenFonts(
        loaded.config,
        loaded.boundaries,
        params.lang ?? loaded.config.language,
      );
    }
  });
  // Charts paint text into canvases with whatever face is loaded when they draw, so the screen
  // renders once the bundled faces are in (or after 3 s, with fallback glyphs, rather than never).
  const fontsReady = Promise.all([
    document.fonts.load('16px "Noto Sans SC"', '杭嘉基层治理一屏览全域'),
    document.fonts.load('700 16px "Noto Sans SC"', '杭嘉基层治理一屏览全域'),
    document.fonts.load('500 16px "Barlow"', '0123456789'),
    document.fonts.load('600 16px "Barlow"', '0123456789'),
  ]);
  const timeout = new Promise((resolve) => setTimeout(resolve, 3_000));
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        {loading ? (
          <Boot params={params} loading={loading} />
        ) : (
          <PlaylistBoot
            params={params}
            playlistUrl={new URL(params.playlist ?? '', location.href).href}
          />
        )}
      </StrictMode>,
    );
  void Promise.race([fontsReady, timeout]).then(render, render);
}
