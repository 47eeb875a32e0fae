import { EARTH_RADIUS_KM, RADIANS } from './earth.js';

/** A plane projection in km with its inverse. */
export interface PlaneProjection {
  /** [lon, lat] in degrees → [x, y] in km, y north. */
  forward(lon: number, lat: number): [number, number];
  /** [x, y] in km → [lon, lat] in degrees. */
  inverse(x: number, y: number): [number, number];
}

/**
 * Lambert azimuthal equal-area projection of the sphere, centred on (lon0, lat0), in km.
 * Equal-area means a projected cell of s × s km covers exactly s² km² of the sphere, so a raster
 * count times s² is an area. Shape distortion grows as c²/8 with angular distance c from the
 * centre: 1e-4 at 3°, so a 3 km circle stays a circle to well under a metre over a region.
 * Formulas: Snyder, Map Projections — A Working Manual (USGS PP 1395, 1987), pp. 185–187.
 */
export function equalAreaProjection(lon0: number, lat0: number): PlaneProjection {
  const R = EARTH_RADIUS_KM;
  const l0 = lon0 * RADIANS;
  const sin1 = Math.sin(lat0 * RADIANS);
  const cos1 = Math.cos(lat0 * RADIANS);
  return {
    forward(lon, lat) {
      const dl = lon * RADIANS - l0;
      const sinp = Math.sin(lat * RADIANS);
      const cosp = Math.cos(lat * RADIANS);
      const cosdl = Math.cos(dl);
      const k = Math.sqrt(2 / (1 + sin1 * sinp + cos1 * cosp * cosdl));
      return [R * k * cosp * Math.sin(dl), R * k * (cos1 * sinp - sin1 * cosp * cosdl)];
    },
    inverse(x, y) {
      const rho = Math.hypot(x, y);
      if (rho === 0) return [lon0, lat0];
      const c = 2 * Math.asin(rho / (2 * R));
      const sinc = Math.sin(c);
      const cosc = Math.cos(c);
      const lat = Math.asin(cosc * sin1 + (y * sinc * cos1) / rho);
      const lon = l0 + Math.atan2(x * sinc, rho * cos1 * cosc - y * sin1 * sinc);
      return [lon / RADIANS, lat / RADIANS];
    },
  };
}
