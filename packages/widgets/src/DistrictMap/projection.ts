import {
  type AreaCollection,
  type EChartsProjection,
  echartsProjection,
  fitProjection,
} from '@onescreen/geo';

type Fittable = Parameters<typeof fitProjection>[0];

/**
 * The projection ECharts' geo component draws a collection with: d3 Mercator fitted to the
 * collection (through @onescreen/geo), handed over as `{project, unproject, stream}`.
 * ECharts scales the projected box into the widget, so the fit size only sets precision.
 */
export function mapProjection(collection: AreaCollection): EChartsProjection {
  return echartsProjection(fitProjection(collection as unknown as Fittable, 1000, 1000));
}
