/** A station: a GCJ-02 point with a reach, given as a radius or as response time × speed. */
export interface Station {
  /** Stable identifier, reported back in losses. */
  id: string;
  /** GCJ-02 longitude in degrees. */
  lon: number;
  /** GCJ-02 latitude in degrees. */
  lat: number;
  /** Reach in km; wins over responseMinutes × speedKmh when both are given. */
  radiusKm?: number;
  /** Response time in minutes (used with speedKmh). */
  responseMinutes?: number;
  /** Travel speed in km/h (used with responseMinutes). */
  speedKmh?: number;
}

/** A station's reach in km: its radius, or the distance covered in the response time. */
export function stationRadiusKm(s: Station): number {
  const r = s.radiusKm ?? ((s.responseMinutes ?? Number.NaN) * (s.speedKmh ?? Number.NaN)) / 60;
  if (!(r >= 0) || !Number.isFinite(r)) {
    throw new RangeError(`station ${s.id}: give radiusKm, or responseMinutes and speedKmh`);
  }
  return r;
}
