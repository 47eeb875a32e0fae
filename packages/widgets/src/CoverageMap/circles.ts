/** km per degree of latitude (mean): converts a radius into a map offset north of the station. */
const KM_PER_DEG_LAT = 110.574;
/** The two calls a custom series renderItem makes on its `api`. */
export interface CustomApi {
  coord: (lonLat: number[]) => number[];
  value: (dim: number) => number;
}

/**
 * Each station's response circle in pixels: the centre projected, the radius measured to
 * the projected point `r` km north (Mercator is conformal, so north and east scale alike).
 */
export function circleRenderer(fill: string, stroke: string) {
  return (_params: unknown, api: CustomApi) => {
    const lon = api.value(0);
    const lat = api.value(1);
    const r = api.value(2);
    const [cx = 0, cy = 0] = api.coord([lon, lat]);
    const [, ny = 0] = api.coord([lon, lat + r / KM_PER_DEG_LAT]);
    return {
      type: 'circle',
      shape: { cx, cy, r: Math.abs(cy - ny) },
      style: { fill, stroke, lineWidth: 1, opacity: 0.8 },
      silent: true,
    };
  };
}
