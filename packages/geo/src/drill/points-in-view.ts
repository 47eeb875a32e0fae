import { geoContains } from 'd3-geo';
import type { DrillView } from './drill-view.js';

/** A point a drillable map may draw: where it is and, when known, the place it lies in. */
export interface ViewPoint {
  /** GCJ-02 longitude. */
  lon: number;
  /** GCJ-02 latitude. */
  lat: number;
  /** Code of the place it lies in (a district, town or zone), if known. */
  place?: string | undefined;
}

/**
 * The points that belong on a drilled map: those whose place lies inside the place drilled
 * into, and those known only by a coarser place (a station known by its district, seen from
 * inside one of its towns) that do lie inside one of the areas shown. At the top every point
 * belongs. Points known to lie elsewhere are left out without any geometry test.
 */
export function pointsInView<P extends ViewPoint>(view: DrillView, points: readonly P[]): P[] {
  const parent = view.parent;
  if (parent === null) return [...points];
  return points.filter((p) => {
    if (p.place?.startsWith(parent)) return true;
    if (p.place !== undefined && !parent.startsWith(p.place)) return false;
    return view.features.some((f) => geoContains(f as never, [p.lon, p.lat]));
  });
}
