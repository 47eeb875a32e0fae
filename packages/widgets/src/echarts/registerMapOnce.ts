import { GeoComponent } from 'echarts/components';
import { getMap, registerMap, use } from 'echarts/core';

type GeoJSONInput = Parameters<typeof registerMap>[1];

const registered = new Map<string, unknown>();

/**
 * Registers a GeoJSON map under a stable name once. ECharts keeps every registered map for
 * the page's life (echarts #19219), so registering per mount would pile copies up. `source`
 * is the caller's collection: the map is rebuilt (`build`) and registered again only when a
 * different source object arrives under the same name.
 */
export function registerMapOnce<S>(name: string, source: S, build: (source: S) => unknown): void {
  if (registered.get(name) === source && getMap(name)) return;
  // registerMap is a stub until the geo component is installed; maps may register before
  // their chart first renders (loading and empty states render no chart).
  use(GeoComponent);
  registerMap(name, build(source) as GeoJSONInput);
  registered.set(name, source);
}
