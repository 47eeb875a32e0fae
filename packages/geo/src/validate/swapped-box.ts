import type { AreaFeature } from '../geometry/types.js';
import { outOfChina } from '../projection/gcj02.js';
import { type GeoIssue, issue } from './issue.js';

/**
 * Swapped axes that stay within ±90: a box in the Indian Ocean whose mirror image falls in
 * China. This project's boundaries are Chinese districts, so when every vertex is outside
 * China but every swapped vertex is inside, the file was almost surely written [lat, lon].
 */
export function swappedBox(features: readonly AreaFeature[]): GeoIssue | null {
  let any = false;
  for (const f of features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const ring of polys.flat()) {
      for (const p of ring) {
        const [x, y] = p as [number, number];
        if (!outOfChina(x, y) || outOfChina(y, x)) return null;
        any = true;
      }
    }
  }
  return any
    ? issue(
        '/features',
        'swapped',
        'every position lies outside China but would lie inside it with longitude and latitude swapped: write [longitude, latitude]',
        '所有坐标点都在中国境外，交换经纬度后都在境内：请按 [经度, 纬度] 书写',
      )
    : null;
}
