import type { GeoProjection, GeoStream } from 'd3-geo';

/** The object ECharts' geo and map series accept as `projection` (ECharts ≥ 5.3). */
export interface EChartsProjection {
  /** [lon, lat] → [x, y] pixels. */
  project(point: number[]): number[];
  /** [x, y] pixels → [lon, lat]. */
  unproject(point: number[]): number[];
  /** d3-compatible stream, so ECharts clips and resamples lines as d3 would. */
  stream(out: GeoStream): GeoStream;
}

/**
 * ECharts' geo component from any d3 projection: ECharts calls project/unproject per point and,
 * when present, pipes geometry through stream. Points the projection cannot map (the far side
 * of an azimuthal, or no inverse) come back as [NaN, NaN] rather than null, which ECharts skips.
 */
export function echartsProjection(projection: GeoProjection): EChartsProjection {
  return {
    project: (point) =>
      projection([point[0] as number, point[1] as number]) ?? [Number.NaN, Number.NaN],
    unproject: (point) => {
      const inverse = projection.invert?.([point[0] as number, point[1] as number]);
      return inverse ?? [Number.NaN, Number.NaN];
    },
    stream: (out) => projection.stream(out),
  };
}
