/** Mean Earth radius in km (IUGG R1 = 6371.0088 km), the sphere every area here is measured on. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Degrees to radians. */
export const RADIANS = Math.PI / 180;
