/**
 * WGS84 ⇄ GCJ-02. GCJ-02 is WGS84 plus a smooth, deliberately obscure offset (a few hundred
 * metres) that Chinese web maps and the bundled boundaries use. The forward formula is the one
 * published with the open implementations (e.g. googollee/eviltransform, written from the
 * leaked reference): a polynomial-plus-sine field in degrees, scaled by the Krasovsky 1940
 * ellipsoid's radii of curvature at the latitude. There is no closed inverse; we iterate.
 */

/** Krasovsky 1940 semi-major axis (m) and first eccentricity squared, as the formula uses. */
const A = 6378245.0;
const EE = 0.006693421622965943; // 0.00669342162296594323 as published, to double precision

/** True outside the rough box where the offset applies (maps abroad carry no offset). */
export function outOfChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

const S = Math.sin;
const PI = Math.PI;

function fieldLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * S(6 * x * PI) + 20 * S(2 * x * PI)) * 2) / 3;
  r += ((20 * S(y * PI) + 40 * S((y / 3) * PI)) * 2) / 3;
  r += ((160 * S((y / 12) * PI) + 320 * S((y * PI) / 30)) * 2) / 3;
  return r;
}

function fieldLon(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * S(6 * x * PI) + 20 * S(2 * x * PI)) * 2) / 3;
  r += ((20 * S(x * PI) + 40 * S((x / 3) * PI)) * 2) / 3;
  r += ((150 * S((x / 12) * PI) + 300 * S((x / 30) * PI)) * 2) / 3;
  return r;
}

/** The GCJ-02 offset [dLon, dLat] in degrees at a WGS84 position. */
function offset(lon: number, lat: number): [number, number] {
  const x = lon - 105;
  const y = lat - 35;
  const rad = (lat / 180) * PI;
  const magic = 1 - EE * Math.sin(rad) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  // Metres of the field → degrees through the meridian (M) and prime-vertical (N) radii.
  const dLat = (fieldLat(x, y) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * PI);
  const dLon = (fieldLon(x, y) * 180) / ((A / sqrtMagic) * Math.cos(rad) * PI);
  return [dLon, dLat];
}

/** WGS84 [lon, lat] → GCJ-02 [lon, lat] (unchanged outside China). */
export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  if (outOfChina(lon, lat)) return [lon, lat];
  const [dLon, dLat] = offset(lon, lat);
  return [lon + dLon, lat + dLat];
}

/**
 * GCJ-02 [lon, lat] → WGS84 [lon, lat] by fixed-point iteration: start at the GCJ point,
 * and correct by the residual of the forward map. The offset field varies slowly (its
 * gradient is ~10⁻³), so each step gains about three digits; we stop below `tolerance` degrees.
 */
export function gcj02ToWgs84(lon: number, lat: number, tolerance = 1e-9): [number, number] {
  if (outOfChina(lon, lat)) return [lon, lat];
  let wLon = lon;
  let wLat = lat;
  for (let i = 0; i < 30; i++) {
    const [gLon, gLat] = wgs84ToGcj02(wLon, wLat);
    const eLon = lon - gLon;
    const eLat = lat - gLat;
    wLon += eLon;
    wLat += eLat;
    if (Math.abs(eLon) < tolerance && Math.abs(eLat) < tolerance) break;
  }
  return [wLon, wLat];
}
