import { ringSignedArea2 } from '../geometry/ring-area.js';
import { type GeoIssue, issue } from './issue.js';

/**
 * Check one ring: an array of at least four finite [lon, lat] positions, within range, closed.
 * Returns the ring's planar signed area ×2 (sign = winding) when it is usable, else null.
 * Positions with |lat| > 90 whose swap would be valid are reported as swapped, since that is
 * by far the likeliest cause.
 */
export function checkRing(ring: unknown, at: string, issues: GeoIssue[]): number | null {
  if (!Array.isArray(ring)) {
    issues.push(
      issue(at, 'coordinates', 'a ring must be an array of positions', '环必须是坐标点数组'),
    );
    return null;
  }
  let ok = true;
  ring.forEach((p, k) => {
    const here = `${at}/${k}`;
    if (!Array.isArray(p) || p.length < 2) {
      issues.push(
        issue(
          here,
          'coordinates',
          'a position must be [longitude, latitude]',
          '坐标点必须是 [经度, 纬度]',
        ),
      );
      ok = false;
      return;
    }
    let finite = true;
    for (const c of [0, 1]) {
      if (typeof p[c] !== 'number' || !Number.isFinite(p[c])) {
        finite = false;
        issues.push(
          issue(
            `${here}/${c}`,
            'not-finite',
            `not a finite number: ${String(p[c])}`,
            `不是有限数值：${String(p[c])}`,
          ),
        );
        ok = false;
      }
    }
    if (!finite) return;
    const [lon, lat] = p as [number, number];
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      const swapped = Math.abs(lat) <= 180 && Math.abs(lon) <= 90;
      issues.push(
        swapped
          ? issue(
              here,
              'swapped',
              `[${lon}, ${lat}] looks like [latitude, longitude]; GeoJSON is [longitude, latitude]`,
              `[${lon}, ${lat}] 疑似经纬度颠倒；GeoJSON 顺序为 [经度, 纬度]`,
            )
          : issue(
              here,
              'out-of-range',
              `[${lon}, ${lat}] is outside longitude ±180, latitude ±90`,
              `[${lon}, ${lat}] 超出经度 ±180、纬度 ±90 范围`,
            ),
      );
      ok = false;
    }
  });
  if (!ok) return null;
  if (ring.length < 4) {
    issues.push(
      issue(
        at,
        'too-few-positions',
        `a ring needs at least 4 positions, has ${ring.length}`,
        `环至少需要 4 个坐标点，现有 ${ring.length} 个`,
      ),
    );
    return null;
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    issues.push(
      issue(
        at,
        'open-ring',
        'the ring is open: its last position must repeat the first',
        '环未闭合：最后一个点必须与第一个点相同',
      ),
    );
    return null;
  }
  return ringSignedArea2(ring as number[][]);
}
