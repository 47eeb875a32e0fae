/** The two calls a custom series renderItem makes on its `api`. */
export interface CustomApi {
  coord: (point: number[]) => number[];
  value: (dim: number) => number;
}

/**
 * Each station's response circle in pixels. Data is [x, y, r] in chart coordinates (the
 * plane, y negated; coverageLayout): the centre is mapped, and the radius is measured to the
 * mapped point r units north (Mercator is conformal, so north and east scale alike).
 */
export function circleRenderer(fill: string, stroke: string) {
  return (_params: unknown, api: CustomApi) => {
    const x = api.value(0);
    const y = api.value(1);
    const r = api.value(2);
    const [cx = 0, cy = 0] = api.coord([x, y]);
    const [, ny = 0] = api.coord([x, y + r]);
    return {
      type: 'circle',
      shape: { cx, cy, r: Math.abs(cy - ny) },
      style: { fill, stroke, lineWidth: 1, opacity: 0.8 },
      silent: true,
    };
  };
}
