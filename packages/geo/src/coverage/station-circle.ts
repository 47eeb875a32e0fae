import { geoCircle } from 'd3-geo';
import { EARTH_RADIUS_KM } from '../projection/earth.js';
import { type Station, stationGcj02, stationRadiusKm } from './station.js';

/**
 * A station's reach as a GeoJSON Polygon, for drawing: the true circle on the sphere (d3's
 * geoCircle, radius r / R radians), `steps` vertices, wound for d3.
 */
export function stationCircle(
  station: Station,
  steps = 64,
): { type: 'Polygon'; coordinates: number[][][] } {
  const degrees = (stationRadiusKm(station) / EARTH_RADIUS_KM) * (180 / Math.PI);
  return geoCircle()
    .center(stationGcj02(station))
    .radius(degrees)
    .precision(360 / steps)() as { type: 'Polygon'; coordinates: number[][][] };
}
