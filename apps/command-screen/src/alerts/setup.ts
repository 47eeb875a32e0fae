import type { ScreenConfig } from '../config/schema.js';
import type { DockPlace } from './alerts-context.js';
import { widgetPlaces } from './widget-places.js';

/** A short stable hash (FNV-1a, 32 bit, hex) of a text. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The session-storage key of a screen's alerts: its title and rules, so each screen of a
 * playlist keeps its own, and a changed rule set starts afresh instead of reading old episodes.
 */
export function alertsStorageKey(config: Pick<ScreenConfig, 'title' | 'alerts'>): string {
  return `onescreen.alerts.v1.${hash(JSON.stringify([config.title, config.alerts]))}`;
}

/**
 * Where the alert list docks: nowhere when the config has no rules or places an AlertList
 * itself; else in the configured area's panel, or the map's, or the last panel's.
 */
export function dockPlace(config: ScreenConfig): DockPlace | null {
  if (config.alerts.length === 0) return null;
  const places = [...widgetPlaces(config).values()];
  if (places.some((p) => p.widget.type === 'AlertList')) return null;
  const { list } = config.alerting;
  const map = places.find(
    (p) => p.widget.type === 'DistrictMap' || p.widget.type === 'CoverageMap',
  );
  const area = list.area ?? map?.area ?? config.panels[config.panels.length - 1]?.area;
  return area ? { area, edge: list.edge, limit: list.limit } : null;
}

/** Session storage, or undefined where the page may not use it (some locked-down kiosks). */
export function sessionStore(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}
