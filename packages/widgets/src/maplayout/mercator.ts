const RAD = Math.PI / 180;

/**
 * Spherical Mercator in radians, y pointing down (screen order): the projection every map here
 * is laid out in. Pure arithmetic, so it does not care how rings are wound (d3's fitExtent
 * reads a ring wound the "wrong" way as the whole globe).
 */
export function mercator(lon: number, lat: number): [number, number] {
  const phi = Math.max(-85, Math.min(85, lat)) * RAD;
  return [lon * RAD, -Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

/** Inverse of `mercator`. */
export function unmercator(x: number, y: number): [number, number] {
  return [x / RAD, (2 * Math.atan(Math.exp(-y)) - Math.PI / 2) / RAD];
}
