import { type GeoPermissibleObjects, type GeoProjection, geoMercator } from 'd3-geo';

/**
 * Fit a feature collection into a width × height box with `padding` pixels on every side,
 * through d3's fitExtent (it sets scale and translate so the collection's projected bounds
 * fill the inner box, keeping the aspect ratio). Mercator by default: at county scale it keeps
 * shapes true and matches the web maps the users know. Returns the projection it adjusted.
 */
export function fitProjection(
  object: GeoPermissibleObjects,
  width: number,
  height: number,
  padding = 0,
  projection: GeoProjection = geoMercator(),
): GeoProjection {
  const p = Math.max(0, Math.min(padding, width / 2, height / 2));
  return projection.fitExtent(
    [
      [p, p],
      [width - p, height - p],
    ],
    object,
  );
}
