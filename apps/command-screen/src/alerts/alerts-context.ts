import { createContext, useContext } from 'react';
import type { AlertStore } from './alert-store.js';
import type { HoldClock } from './alert-view.js';
import type { CompiledRule } from './compile-rules.js';

/** Where the docked alert list sits: the panel of a grid area, at one edge. */
export interface DockPlace {
  area: string;
  edge: 'bottom' | 'top';
  limit: number;
}

/** What every part of the screen needs of its alerts. */
export interface AlertsApp {
  /** The screen's alerts. */
  store: AlertStore;
  /** The compiled rules by id. */
  rules: ReadonlyMap<string, CompiledRule>;
  /** How long an alert holds the wall's attention, snapped to the carousel's steps. */
  clock: HoldClock;
  /** Acknowledges an alert; undefined in kiosk mode, where nobody may. */
  acknowledge: ((id: string) => void) | undefined;
  /** The docked list's place, or null when the config places an AlertList (or has no rules). */
  dock: DockPlace | null;
}

/** The running screen's alerts. */
export const AlertsContext = createContext<AlertsApp | null>(null);

/** The running screen's alerts, or null outside a screen. */
export function useAlertsApp(): AlertsApp | null {
  return useContext(AlertsContext);
}
