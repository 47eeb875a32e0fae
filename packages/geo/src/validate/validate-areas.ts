import { rewindGeometry, type Winding } from '../geometry/rewind.js';
import type { AreaCollection, AreaFeature, AreaGeometry } from '../geometry/types.js';
import { checkRing } from './check-ring.js';
import { type GeoIssue, issue } from './issue.js';
import { swappedBox } from './swapped-box.js';

/** Result of validating user boundaries: the normalised collection, or every issue found. */
export type AreaValidation =
  | { ok: true; value: AreaCollection; issues: [] }
  | { ok: false; value: null; issues: GeoIssue[] };

/**
 * Validate a user-supplied FeatureCollection of Polygon/MultiPolygon features and normalise it:
 * either winding is accepted on input as long as it is used consistently (every exterior the
 * same way, every hole the other way), and the output winds for `winding` (d3 by default).
 * Every problem is reported with a JSON Pointer, in English and Chinese.
 */
export function validateAreas(input: unknown, winding: Winding = 'd3'): AreaValidation {
  const issues: GeoIssue[] = [];
  const fc = input as { type?: unknown; features?: unknown };
  if (typeof input !== 'object' || input === null || fc.type !== 'FeatureCollection') {
    issues.push(
      issue(
        '/type',
        'type',
        'expected a GeoJSON FeatureCollection',
        '应为 GeoJSON FeatureCollection',
      ),
    );
    return { ok: false, value: null, issues };
  }
  if (!Array.isArray(fc.features)) {
    issues.push(issue('/features', 'type', 'features must be an array', 'features 必须是数组'));
    return { ok: false, value: null, issues };
  }
  // Exterior signs seen: +1 (RFC 7946, counter-clockwise) or −1 (d3, clockwise), with where.
  const exteriors: { sign: number; at: string }[] = [];
  const features: AreaFeature[] = [];
  fc.features.forEach((f: unknown, i: number) => {
    const at = `/features/${i}`;
    const feature = f as {
      type?: unknown;
      geometry?: { type?: unknown; coordinates?: unknown } | null;
    };
    if (typeof f !== 'object' || f === null || feature.type !== 'Feature') {
      issues.push(issue(`${at}/type`, 'type', 'expected a Feature', '应为 Feature'));
      return;
    }
    const g = feature.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      const got = g ? String(g.type) : 'null';
      issues.push(
        issue(
          `${at}/geometry/type`,
          'geometry-type',
          `expected Polygon or MultiPolygon, got ${got}`,
          `应为 Polygon 或 MultiPolygon，实际为 ${got}`,
        ),
      );
      return;
    }
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    if (!Array.isArray(polygons) || !polygons.every(Array.isArray)) {
      issues.push(
        issue(
          `${at}/geometry/coordinates`,
          'coordinates',
          'coordinates have the wrong nesting',
          'coordinates 嵌套层级不正确',
        ),
      );
      return;
    }
    polygons.forEach((rings: unknown[], p: number) => {
      const base =
        g.type === 'Polygon' ? `${at}/geometry/coordinates` : `${at}/geometry/coordinates/${p}`;
      let exterior = 0;
      rings.forEach((ring, r) => {
        const area = checkRing(ring, `${base}/${r}`, issues);
        if (area === null || area === 0) return;
        if (r === 0) {
          exterior = Math.sign(area);
          exteriors.push({ sign: exterior, at: `${base}/0` });
        } else if (exterior !== 0 && Math.sign(area) === exterior) {
          issues.push(
            issue(
              `${base}/${r}`,
              'winding',
              'this hole winds the same way as its exterior ring',
              '该内环（洞）与外环方向相同',
            ),
          );
        }
      });
    });
    features.push({ ...(f as AreaFeature), properties: (f as AreaFeature).properties ?? {} });
  });
  const first = exteriors[0];
  const odd = first ? exteriors.find((e) => e.sign !== first.sign) : undefined;
  if (first && odd) {
    issues.push(
      issue(
        odd.at,
        'winding',
        `exterior rings wind both ways (compare ${first.at})`,
        `外环方向不一致（对照 ${first.at}）`,
      ),
    );
  }
  if (issues.length === 0) {
    const swapped = swappedBox(features);
    if (swapped) issues.push(swapped);
  }
  if (issues.length > 0) return { ok: false, value: null, issues };
  const value: AreaCollection = {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      ...f,
      geometry: rewindGeometry(f.geometry as AreaGeometry, winding),
    })),
  };
  return { ok: true, value, issues: [] };
}
