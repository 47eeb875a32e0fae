import { connectFeedClient, createOnescreenStore } from '@onescreen/core';
import { OnescreenStoreProvider as StoreProvider, useOnescreen } from '@onescreen/core/react';
import { type AreaFeature, drillIndex } from '@onescreen/geo';
import { OnescreenProvider, ScreenContainer } from '@onescreen/widgets';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ScreenAlerts } from './alerts/ScreenAlerts.js';
import type { LoadedDrillLayer } from './boundaries/load-drill.js';
import { coverageLayer } from './config/bindings-of.js';
import type { ScreenConfig } from './config/schema.js';
import { coverageStations } from './coverage/coverage-stations.js';
import { useCoverage } from './coverage/useCoverage.js';
import { linkBindingsContext } from './feeds/bindings-context.js';
import { coverageFeedState } from './feeds/coverage-feed.js';
import { initialFeedState, takeScreenFeeds } from './feeds/screen-feeds.js';
import { sameForWidget } from './feeds/widget-status.js';
import { type AppLang, tr } from './i18n/text.js';
import { useKiosk } from './kiosk/useKiosk.js';
import { ScreenGrid } from './layout/ScreenGrid.js';
import { screenPlaceNames } from './model/place-names.js';
import { type ScreenApp, ScreenAppContext } from './screen-context.js';
import { watchScreenReady } from './screen-ready.js';
import { effectiveDesign } from './tile/design-size.js';
import { wallPlacement } from './tile/geometry.js';
import { pickGrid } from './tile/pick-grid.js';
import { TimeTravelProvider } from './time/TimeTravelProvider.js';
import type { ScreenParams } from './url/params.js';
import { takeWatchdogRecord, useWatchdog } from './watchdog/useWatchdog.js';

/** Props of Screen. */
export interface ScreenProps {
  /** The validated screen config. */
  config: ScreenConfig;
  /** What the page URL asks. */
  params: ScreenParams;
  /** The map's district polygons, validated and normalised by the boot step. */
  boundaries: AreaFeature[];
  /** The config's drill layers (towns, zones), checked by the boot step; none by default. */
  drill?: readonly LoadedDrillLayer[];
  /** Told when the last alert hold ends (a playlist stays on this screen until then), or null. */
  onAlertHold?: ((until: number | null) => void) | undefined;
}

const noDrill: readonly LoadedDrillLayer[] = [];

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
export function Screen({ config, params, boundaries, drill = noDrill, onAlertHold }: ScreenProps) {
  const lang: AppLang = params.lang ?? config.language;
  const theme = params.theme ?? config.theme;
  const store = useMemo(() => {
    const period = params.period ?? config.period?.default;
    const created = createOnescreenStore(period ? { period } : {});
    // The feeds the boot step waited for, when it started them: the first render shows them.
    created.getState().setFeeds(initialFeedState(config, params.feeds));
    return created;
  }, [params.period, params.feeds, config]);

  // Town and zone names come from the drill layers, so a drilled selection is named too.
  const placeName = useMemo(() => screenPlaceNames(boundaries, drill), [boundaries, drill]);
  // The feed worker runs the bindings in the screen's place, period and names (worker-views).
  const placeNameNow = useRef(placeName);
  const bindingsContext = useRef<{ update(): void } | undefined>(undefined);
  useEffect(() => {
    // The client the boot step started for this screen, or a new one (startScreenFeeds).
    const client = takeScreenFeeds(config, params.feeds);
    const link = linkBindingsContext(store, client, () => placeNameNow.current);
    bindingsContext.current = link;
    const unlink = connectFeedClient(store, client);
    return () => {
      unlink();
      link.unlink();
      bindingsContext.current = undefined;
      client.stop();
    };
  }, [config, params.feeds, store]);
  useEffect(() => {
    placeNameNow.current = placeName;
    bindingsContext.current?.update();
  }, [placeName]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = config.title[lang];
  }, [lang, config.title]);
  useEffect(() => watchScreenReady(), []);
  useKiosk(params.kiosk);

  const [notices, setNotices] = useState<string[]>(() =>
    params.problems.length > 0 ? [`${tr(lang, 'urlProblems')}${params.problems.join('; ')}`] : [],
  );
  useEffect(() => {
    // Session storage is read once the start-up work is done: its first read waits for the
    // browser process, which is busy serving the page's files while the screen starts.
    const id = requestIdleCallback(
      () => {
        const record = takeWatchdogRecord();
        if (record) setNotices((n) => [`${tr(lang, 'reloadedBecause')}${record.reason}`, ...n]);
      },
      { timeout: 10_000 },
    );
    return () => cancelIdleCallback(id);
  }, [lang]);
  useEffect(() => {
    if (notices.length === 0) return;
    // Notices say what happened; after a minute the wall goes back to its plain header.
    const timer = setTimeout(() => setNotices([]), 60_000);
    return () => clearTimeout(timer);
  }, [notices]);

  const drilling = useMemo(
    () => ({
      index: drillIndex([
        { level: 'district', features: boundaries },
        ...drill.map((l) => ({ level: l.config.level, features: l.features })),
      ]),
      layers: drill,
    }),
    [boundaries, drill],
  );
  const feedLabels = useMemo(
    () => Object.fromEntries(Object.entries(config.feeds).map(([id, f]) => [id, f.label])),
    [config.feeds],
  );
  useEffect(() => {
    // <html data-period> says which period the screen shows, for monitoring and tests.
    const show = () => {
      const period = store.getState().period;
      if (period) document.documentElement.dataset.period = period;
      else delete document.documentElement.dataset.period;
    };
    show();
    return store.subscribe(show);
  }, [store]);

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
      <CoverageRunner config={config} boundaries={boundaries} placeName={placeName} lang={lang}>
        {(coverage) => {
          const app: ScreenApp = {
            lang,
            kiosk: params.kiosk,
            boundaries,
            placeName,
            coverage,
            coverageFeed: coverageFeedState(coverage.status),
            feedLabels,
            carousel,
            title: config.title[lang],
            notices,
            drill: drilling,
          };
          return (
            <ScreenAppContext.Provider value={app}>
              <OnescreenProvider theme={theme} lang={lang} className="cs-root">
                <TimeTravelProvider config={config} kiosk={params.kiosk}>
                  <ScreenAlerts
                    config={config}
                    kiosk={params.kiosk}
                    carousel={carousel}
                    coverageSource={coverageLayer(config)?.bind.feed}
                    onHold={onAlertHold}
                  >
                    <Stage
                      config={config}
                      params={params}
                      onReset={() => store.getState().selectPlace(undefined)}
                    />
                  </ScreenAlerts>
                </TimeTravelProvider>
              </OnescreenProvider>
            </ScreenAppContext.Provider>
          );
        }}
      </CoverageRunner>
    </StoreProvider>
  );
}

/** Runs the coverage layer's binding and feeds the coverage worker from it. */
function CoverageRunner({
  config,
  boundaries,
  placeName,
  lang,
  children,
}: {
  config: ScreenConfig;
  boundaries: ScreenApp['boundaries'];
  placeName: ScreenApp['placeName'];
  lang: ScreenApp['lang'];
  children: (coverage: ScreenApp['coverage']) => React.ReactNode;
}) {
  const layer = useMemo(() => coverageLayer(config), [config]);
  // Only what the stations show: a poll that confirmed the same document changes nothing here.
  const feed = useOnescreen((s) => (layer ? s.feeds[layer.bind.feed] : undefined), sameForWidget);
  const stations = useMemo(
    () => coverageStations(layer, feed, placeName, lang),
    [layer, feed, placeName, lang],
  );
  const coverage = useCoverage(stations.points, boundaries, stations.failure);
  // The screen below re-renders when coverage changes, not each time the stations' feed does.
  return useMemo(() => children(coverage), [children, coverage]);
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
      <ScreenContainer
        width={design.width}
        height={design.height}
        mode={mode}
        // The wall's size is set just above: the screen is laid out from its first render, which
        // the boot step runs as a transition (time-sliced).
        initialParentSize={wall}
      >
        <ScreenGrid config={config} grid={grid} onBackgroundClick={onReset} />
      </ScreenContainer>
    </div>
  );
}
