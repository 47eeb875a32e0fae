import type { Position } from './types.js';

/**
 * Twice the signed planar area of a ring in longitude/latitude degrees (the shoelace formula).
 * Positive means counter-clockwise with east to the right and north up (RFC 7946 exterior),
 * negative means clockwise (d3-geo exterior). For rings a few hundred kilometres across the
 * planar sign agrees with the spherical one, which is all winding checks need.
 */
export function ringSignedArea2(ring: readonly Position[]): number {
  let sum = 0;
  const n = ring.length;
  if (n < 3) return 0;
  const [x0, y0] = ring[0] as Position;
  // Offsetting by the first vertex keeps the products small and the sum exact enough.
  for (let i = 1; i + 1 < n; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += (a[0] - x0) * (b[1] - y0) - (b[0] - x0) * (a[1] - y0);
  }
  return sum;
}
