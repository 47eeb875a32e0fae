import type { AreaFeature } from '@onescreen/geo';
import { createContext, useContext } from 'react';
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
  /** Coverage from the worker. */
  coverage: CoverageState;
  /** Screen title in the screen language. */
  title: string;
  /** Notices for the header: a watchdog reload reason, ignored URL parameters. */
  notices: string[];
  /** Carousel period and epoch (ms), shared by every tile. */
  carousel: { periodMs: number; epochMs: number };
}

/** The running screen's context. */
export const ScreenAppContext = createContext<ScreenApp | null>(null);

/** The running screen's context; throws outside a screen. */
export function useScreenApp(): ScreenApp {
  const app = useContext(ScreenAppContext);
  if (!app) throw new Error('useScreenApp outside a screen');
  return app;
}
