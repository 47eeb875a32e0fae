import {
  connectFeedClient,
  createFeedClient,
  createOnescreenStore,
  isFeedKind,
  parseFeed,
} from '@onescreen/core';
import { OnescreenProvider as StoreProvider, useOnescreen } from '@onescreen/core/react';
import type { AreaFeature } from '@onescreen/geo';
import { OnescreenProvider, ScreenContainer } from '@onescreen/widgets';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { StationsView } from './adapters/views.js';
import type { ScreenConfig } from './config/schema.js';
import { useCoverage } from './coverage/useCoverage.js';
import { resolveFeeds } from './feeds/feed-configs.js';
import { type AppLang, tr } from './i18n/text.js';
import { useKiosk } from './kiosk/useKiosk.js';
import { ScreenGrid } from './layout/ScreenGrid.js';
import { type ScreenApp, ScreenAppContext } from './screen-context.js';
import { watchScreenReady } from './screen-ready.js';
import { effectiveDesign } from './tile/design-size.js';
import { wallPlacement } from './tile/geometry.js';
import { pickGrid } from './tile/pick-grid.js';
import type { ScreenParams } from './url/params.js';
import { takeWatchdogRecord, useWatchdog } from './watchdog/useWatchdog.js';
import { runBinding } from './widgets/useBoundView.js';

/** Props of Screen. */
export interface ScreenProps {
  /** The validated screen config. */
  config: ScreenConfig;
  /** What the page URL asks. */
  params: ScreenParams;
  /** The map's district polygons, validated and normalised by the boot step. */
  boundaries: AreaFeature[];
}

function useViewport() {
  const [size, setSize] = useState({ width: window.innerWidth, height: window.innerHeight });
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

/** The running screen: store, feed client, coverage worker, kiosk, watchdog, tile and layout. */
export function Screen({ config, params, boundaries }: ScreenProps) {
  const lang: AppLang = params.lang ?? config.language;
  const theme = params.theme ?? config.theme;
  const store = useMemo(() => createOnescreenStore(), []);

  useEffect(() => {
    const feeds = resolveFeeds(config.feeds, location.href, params.feeds);
    const client = createFeedClient({
      feeds,
      // A feed named after one of the five kinds must be that kind; others are read as they say.
      parse: (input, feed) => parseFeed(input, isFeedKind(feed.id) ? feed.id : undefined),
    });
    const unlink = connectFeedClient(store, client);
    client.start();
    return () => {
      unlink();
      client.stop();
    };
  }, [config, params.feeds, store]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = config.title[lang];
  }, [lang, config.title]);
  useEffect(() => watchScreenReady(), []);
  useKiosk(params.kiosk);

  const [notices, setNotices] = useState<string[]>(() => {
    const record = takeWatchdogRecord();
    const out: string[] = [];
    if (record) out.push(`${tr(lang, 'reloadedBecause')}${record.reason}`);
    if (params.problems.length > 0)
      out.push(`${tr(lang, 'urlProblems')}${params.problems.join('; ')}`);
    return out;
  });
  useEffect(() => {
    if (notices.length === 0) return;
    // Notices say what happened; after a minute the wall goes back to its plain header.
    const timer = setTimeout(() => setNotices([]), 60_000);
    return () => clearTimeout(timer);
  }, [notices]);

  const carousel = useMemo(
    () => ({
      periodMs: config.carousel.periodSeconds * 1000,
      epochMs: Date.parse(config.carousel.epoch),
    }),
    [config.carousel],
  );
  const onScheduled = useCallback(
    (reason: string) => console.warn(`[onescreen] reload scheduled: ${reason}`),
    [],
  );
  useWatchdog(
    {
      stallMs: config.watchdog.stallMs,
      memoryMB: config.watchdog.memoryMB,
      maxUptimeHours: config.watchdog.maxUptimeHours,
      idleMs: config.watchdog.quietIdleSeconds * 1000,
      periodMs: carousel.periodMs,
      epochMs: carousel.epochMs,
    },
    onScheduled,
  );

  return (
    <StoreProvider store={store}>
      <CoverageRunner config={config} boundaries={boundaries}>
        {(coverage) => {
          const app: ScreenApp = {
            lang,
            kiosk: params.kiosk,
            boundaries,
            coverage,
            carousel,
            title: config.title[lang],
            notices,
          };
          return (
            <ScreenAppContext.Provider value={app}>
              <OnescreenProvider theme={theme} lang={lang} className="cs-root">
                <Stage
                  config={config}
                  params={params}
                  onReset={() => store.getState().selectPlace(undefined)}
                />
              </OnescreenProvider>
            </ScreenAppContext.Provider>
          );
        }}
      </CoverageRunner>
    </StoreProvider>
  );
}

/** Finds the stations binding of the config and feeds the coverage worker from it. */
function CoverageRunner({
  config,
  boundaries,
  children,
}: {
  config: ScreenConfig;
  boundaries: ScreenApp['boundaries'];
  children: (coverage: ScreenApp['coverage']) => React.ReactNode;
}) {
  const binding = useMemo(() => {
    for (const p of config.panels) {
      for (const row of [...(p.rows ?? []), ...(p.views ?? []).flatMap((v) => v.rows)]) {
        for (const w of row.widgets) {
          if (w.layers?.stations) return w.layers.stations;
          if (w.bind?.adapter === 'stations') return w.bind;
        }
      }
    }
    return null;
  }, [config]);
  const feed = useOnescreen((s) => (binding ? s.feeds[binding.feed] : undefined));
  const stations = useMemo(() => {
    if (!binding || !feed?.value) return null;
    const r = runBinding(binding, feed, undefined, null);
    return r.view?.kind === 'stations' ? (r.view as StationsView) : null;
  }, [binding, feed?.value, feed]);
  const coverage = useCoverage(stations, boundaries);
  return <>{children(coverage)}</>;
}

/** The design laid onto this display, or onto this tile's share of a wall. */
function Stage({
  config,
  params,
  onReset,
}: {
  config: ScreenConfig;
  params: ScreenParams;
  onReset: () => void;
}) {
  const viewport = useViewport();
  const wall = wallPlacement(viewport, params.tile);
  const design = effectiveDesign(config.design, wall, config.scale);
  const mode = config.scale === 'extend' ? 'fit' : config.scale;
  const grid = pickGrid(config.grid, config.wideGrids, wall.width / Math.max(1, wall.height));
  return (
    <div
      className="cs-wall"
      data-tile={params.tile ? `${params.tile.col},${params.tile.row}` : undefined}
      style={{
        position: 'fixed',
        left: wall.left,
        top: wall.top,
        width: wall.width,
        height: wall.height,
      }}
    >
      <ScreenContainer width={design.width} height={design.height} mode={mode}>
        <ScreenGrid config={config} grid={grid} onBackgroundClick={onReset} />
      </ScreenContainer>
    </div>
  );
}
