import { type GeoPermissibleObjects, type GeoProjection, geoPath } from 'd3-geo';

/** Where ECharts' geo component should sit, in pixels: `{left, top, width, height}`. */
export interface EChartsGeoBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The geo-component box that makes ECharts draw exactly where the d3 projection does.
 * ECharts fits the projected bounds of the map into its own layout box (keeping the aspect,
 * aligned to `left`/`top`), so with any other box its pixels differ from the projection's by a
 * scale and shift. Give it the projected bounds themselves and that transform is the identity:
 * d3 overlays line up, and `convertFromPixel` stays right despite ECharts applying `unproject`
 * before undoing its own transform (apache/echarts#16771), since undoing the identity is a no-op.
 * Exact for projections that map a lon/lat box to a box (Mercator, equirectangular), which is
 * how ECharts measures bounds.
 */
export function echartsGeoBox(
  projection: GeoProjection,
  object: GeoPermissibleObjects,
): EChartsGeoBox {
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(object);
  return { left: x0, top: y0, width: x1 - x0, height: y1 - y0 };
}
