import { wgs84ToGcj02 } from '../projection/gcj02.js';

/** A station: a GCJ-02 point with a reach, given as a radius or as response time × speed. */
export interface Station {
  /** Stable identifier, reported back in losses. */
  id: string;
  /** Longitude in degrees, GCJ-02 unless `crs` says WGS84. */
  lon: number;
  /** Latitude in degrees, GCJ-02 unless `crs` says WGS84. */
  lat: number;
  /** Datum of lon/lat: 'GCJ-02' (default, like the boundaries) or 'WGS84' (GPS; converted). */
  crs?: 'GCJ-02' | 'WGS84';
  /** Reach in km; wins over responseMinutes × speedKmh when both are given. */
  radiusKm?: number;
  /** Response time in minutes (used with speedKmh). */
  responseMinutes?: number;
  /** Travel speed in km/h (used with responseMinutes). */
  speedKmh?: number;
}

/** A station's position in GCJ-02, converting a WGS84 one so the datums are never mixed. */
export function stationGcj02(s: Station): [number, number] {
  return s.crs === 'WGS84' ? wgs84ToGcj02(s.lon, s.lat) : [s.lon, s.lat];
}

/** A station's reach in km: its radius, or the distance covered in the response time. */
export function stationRadiusKm(s: Station): number {
  const r = s.radiusKm ?? ((s.responseMinutes ?? Number.NaN) * (s.speedKmh ?? Number.NaN)) / 60;
  if (!(r >= 0) || !Number.isFinite(r)) {
    throw new RangeError(`station ${s.id}: give radiusKm, or responseMinutes and speedKmh`);
  }
  return r;
}
