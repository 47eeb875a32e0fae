import type { FeedState, LocalText } from '@onescreen/core';
import type { AreaFeature, DrillIndex } from '@onescreen/geo';
import { createContext, useContext } from 'react';
import type { LoadedDrillLayer } from './boundaries/load-drill.js';
import type { CoverageState } from './coverage/useCoverage.js';
import type { AppLang } from './i18n/text.js';

/** What every part of the running screen may need besides the store. */
export interface ScreenApp {
  /** Screen language. */
  lang: AppLang;
  /** Kiosk mode: no controls. */
  kiosk: boolean;
  /** District polygons for the map, once loaded. */
  boundaries: AreaFeature[] | null;
  /** A place's name from the boundaries, for views whose records carry only codes. */
  placeName: (code: string) => LocalText | undefined;
  /** Coverage from the worker (for the coverage map). */
  coverage: CoverageState;
  /** The same coverage as a feed that bindings read. */
  coverageFeed: FeedState;
  /** Each configured feed's short name for the header. */
  feedLabels: Readonly<Record<string, LocalText | undefined>>;
  /** Screen title in the screen language. */
  title: string;
  /** Notices for the header: a watchdog reload reason, ignored URL parameters. */
  notices: string[];
  /** Carousel period and epoch (ms), shared by every tile. */
  carousel: { periodMs: number; epochMs: number };
  /** The map's boundary layers for drilling: districts first, then the config's drill layers. */
  drill: { index: DrillIndex; layers: readonly LoadedDrillLayer[] };
}

/** The running screen's context. */
export const ScreenAppContext = createContext<ScreenApp | null>(null);

/** The running screen's context; throws outside a screen. */
export function useScreenApp(): ScreenApp {
  const app = useContext(ScreenAppContext);
  if (!app) throw new Error('useScreenApp outside a screen');
  return app;
}
