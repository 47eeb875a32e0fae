import type { ChartPalette } from '../echarts/chartPalette.js';
import type { MapFrame } from '../maplayout/frame.js';
import type { MapGeometry } from '../maplayout/geometry.js';
import { type ClassBreak, classIndex } from './classBreaks.js';
import { classColors } from './colors.js';

/** One district's outline as an SVG path, in pixels of the chart's box. */
export interface RegionPath {
  /** District code. */
  code: string;
  /** Path data: every ring of every polygon, holes included (even-odd fill). */
  d: string;
}

// Tenths of a pixel: finer than any screen shows, and a tenth of the text of full precision.
const round = (v: number) => Math.round(v * 10) / 10;

/**
 * The districts' outlines at one layout, for the fill layer under the chart. Computed once per
 * geometry and size: a value update only changes the fills, never these.
 */
export function regionPaths(geometry: MapGeometry, frame: MapFrame): RegionPath[] {
  const { box, scale, plane } = frame;
  return geometry.shapes.map((shape) => {
    let d = '';
    for (const polygon of shape.polygons) {
      for (const ring of polygon) {
        ring.forEach(([x, y], i) => {
          const px = round(box.x + (x - plane[0]) * scale);
          const py = round(box.y + (y - plane[1]) * scale);
          d += `${i === 0 ? 'M' : 'L'}${px} ${py}`;
        });
        d += 'Z';
      }
    }
    return { code: shape.code, d };
  });
}

/** The fill of each district by its value's class; the no-data grey where it has none. */
export function regionFills(
  codes: readonly string[],
  values: Readonly<Record<string, number | null | undefined>>,
  breaks: readonly ClassBreak[],
  palette: ChartPalette,
): Record<string, string> {
  const colors = classColors(palette, breaks.length);
  const fills: Record<string, string> = {};
  for (const code of codes) {
    const index = classIndex(values[code], breaks);
    fills[code] = index < 0 ? colors.noData : (colors.classes[index] as string);
  }
  return fills;
}
