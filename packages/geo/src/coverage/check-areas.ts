import type { AreaFeature } from '../geometry/types.js';
import { checkRing } from '../validate/check-ring.js';
import type { GeoIssue } from '../validate/issue.js';

/**
 * Refuses districts the engine cannot count: rings that are not arrays of finite [lon, lat]
 * positions within range, open, or shorter than four positions (checked as validateAreas does,
 * with the same JSON pointers). Winding is not a fault here: the engine fills by the even-odd
 * rule and takes every hole's area away whichever way it runs.
 */
export function checkAreas(features: readonly AreaFeature[]): void {
  const issues: GeoIssue[] = [];
  features.forEach((f, i) => {
    const g = f?.geometry;
    const at = `/${i}/geometry`;
    if (
      !g ||
      (g.type !== 'Polygon' && g.type !== 'MultiPolygon') ||
      !Array.isArray(g.coordinates)
    ) {
      issues.push({
        pointer: `${at}/type`,
        code: 'geometry-type',
        message: 'expected a Polygon or MultiPolygon geometry',
        messageZh: '应为 Polygon 或 MultiPolygon 几何',
      });
      return;
    }
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    polygons.forEach((rings, p) => {
      const base = g.type === 'Polygon' ? `${at}/coordinates` : `${at}/coordinates/${p}`;
      if (!Array.isArray(rings)) {
        issues.push({
          pointer: base,
          code: 'coordinates',
          message: 'a polygon must be an array of rings',
          messageZh: '多边形必须是环的数组',
        });
        return;
      }
      rings.forEach((ring, r) => {
        checkRing(ring, `${base}/${r}`, issues);
      });
    });
  });
  if (issues.length === 0) return;
  const listed = issues.slice(0, 3).map((x) => `${x.pointer}: ${x.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  const error = new RangeError(`createCoverage: bad districts: ${listed.join('; ')}${more}`);
  throw Object.assign(error, { issues });
}
