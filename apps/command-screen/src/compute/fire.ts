import type { Placed } from './selection.js';

/** A fire station as the fire feed holds it. */
export interface StationLike extends Placed {
  id: string;
  name: string;
  role: 'central' | 'sub';
  location: [number, number] | readonly [number, number];
}

/** A district's response standard and official area. */
export interface ResponseLike extends Placed {
  radiusKm: number;
  minutes: number;
  targetKm2PerStation: number;
  districtAreaKm2: number;
}

/** Stations against the "one station per N km²" target, per district with a standard. */
export function stationDensity(
  stations: readonly StationLike[],
  response: readonly ResponseLike[],
) {
  return response.map((r) => {
    const count = stations.filter((s) => s.district === r.district).length;
    const km2PerStation = count > 0 ? r.districtAreaKm2 / count : null;
    return {
      district: r.district,
      districtName: r.districtName,
      stations: count,
      areaKm2: r.districtAreaKm2,
      km2PerStation,
      targetKm2PerStation: r.targetKm2PerStation,
      // The target reads "at least one station per 22 km²": met when each covers no more than that.
      meetsTarget: km2PerStation !== null && km2PerStation <= r.targetKm2PerStation,
      stationsForTarget: Math.ceil(r.districtAreaKm2 / r.targetKm2PerStation),
    };
  });
}

/** Sum a count field over records, grouped by a key, in the order of `keys`. */
export function countBy<T, K extends string>(
  records: readonly T[],
  keys: readonly K[],
  key: (r: T) => K,
  value: (r: T) => number,
): { key: K; value: number }[] {
  const sums = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const r of records) {
    const k = key(r);
    if (sums.has(k)) sums.set(k, (sums.get(k) ?? 0) + value(r));
  }
  return keys.map((k) => ({ key: k, value: sums.get(k) ?? 0 }));
}
