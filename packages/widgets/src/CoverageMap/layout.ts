import type { CoverageGap, Station } from '@onescreen/geo';
import type { MapLabel } from '../DistrictMap/layout.js';
import { type FrameLayout, fromPx, layoutFrame, toPx } from '../maplayout/frame.js';
import { type MapGeometry, toChart } from '../maplayout/geometry.js';
import { placeLabels } from '../maplayout/labels.js';
import type { Occupancy } from '../maplayout/occupancy.js';
import type { MeasureText } from '../maplayout/textWidth.js';
import type { Corner, Size } from '../maplayout/types.js';

/** km per degree of latitude (mean): a radius becomes the plane distance to a point north. */
const KM_PER_DEG_LAT = 110.574;
/** Symbol sizes, px. */
export const COVERAGE_SYMBOL = { station: 11, gap: 26 } as const;
/** Font size of district names and gap labels, px. */
export const COVERAGE_FONT = 12;
/** Padding of a gap label's background, px. */
export const GAP_LABEL_PAD = 4;

/** A point drawn on the coverage map. */
export interface CoveragePoint {
  /** Centre, px. */
  x: number;
  /** Centre, px. */
  y: number;
  /** Symbol size, px. */
  size: number;
  /** Where ECharts draws it (chart coordinates). */
  at: [number, number];
}

/** The coverage map laid out at one size. */
export interface CoverageLayout extends FrameLayout {
  /** One per station, in input order. */
  stations: CoveragePoint[];
  /** Each station's circle: [x, y, radius] in chart coordinates. */
  circles: [number, number, number][];
  /** One pin per gap, in input order. */
  gaps: CoveragePoint[];
  /** District names and gap labels that fit. */
  labels: MapLabel[];
}

/** What the coverage map is laid out from. */
export interface CoverageLayoutInput {
  /** The districts covered, projected. */
  geometry: MapGeometry;
  /** Land raster of the same geometry. */
  occupancy: Occupancy;
  /** The chart's size, px. */
  size: Size;
  /** The summary box's size, px. */
  summary: Size | null;
  /** Corners the summary may take, best first. */
  summaryCorners: readonly Corner[];
  /** Stations with their reach. */
  stations: readonly Station[];
  /** The radius drawn for a station, km. */
  radiusOf: (s: Station) => number;
  /** The gaps, largest first, with the text each is labelled with. */
  gaps: readonly (CoverageGap & { label: string })[];
  /** Text measure. */
  measure: MeasureText;
}

/**
 * Lays the coverage map out at one size: fitted beside its summary box, station triangles and
 * gap pins at their pixels, district names inside their districts and gap labels beside their
 * pins, none meeting another or a marker. Pure.
 */
export function coverageLayout(input: CoverageLayoutInput): CoverageLayout {
  const { geometry, size } = input;
  const base = layoutFrame(geometry, input.occupancy, {
    size,
    overlay: input.summary ? { size: input.summary, corners: input.summaryCorners } : null,
  });
  const { frame } = base;
  const point = (lon: number, lat: number, sz: number): CoveragePoint => {
    const plane = geometry.toPlane(lon, lat);
    const [x, y] = toPx(frame, ...plane);
    return { x, y, size: sz, at: toChart(plane) };
  };
  const stations = input.stations.map((s) => point(s.lon, s.lat, COVERAGE_SYMBOL.station));
  const circles = input.stations.map((s): [number, number, number] => {
    const [x, y] = geometry.toPlane(s.lon, s.lat);
    const [, north] = geometry.toPlane(s.lon, s.lat + input.radiusOf(s) / KM_PER_DEG_LAT);
    return [x, -y, Math.abs(y - north)];
  });
  const gaps = input.gaps.map((g) => point(g.anchor[0], g.anchor[1], COVERAGE_SYMBOL.gap));
  const placed = placeLabels({
    frame,
    bounds: { x: 0, y: 0, w: size.width, h: size.height },
    obstacles: base.overlay ? [base.overlay.rect] : [],
    markers: [...stations, ...gaps],
    areas: [...geometry.shapes]
      .sort((a, b) => b.area - a.area)
      .map((s) => ({ id: s.code, text: s.name, shape: s, fontSize: COVERAGE_FONT })),
    points: input.gaps.map((g, i) => ({
      id: `gap-${i}`,
      text: g.label,
      x: (gaps[i] as CoveragePoint).x,
      y: (gaps[i] as CoveragePoint).y,
      size: COVERAGE_SYMBOL.gap,
      fontSize: COVERAGE_FONT,
      pad: GAP_LABEL_PAD,
    })),
    measure: input.measure,
  });
  const labels = placed.map((l) => ({ ...l, at: toChart(fromPx(frame, l.x, l.y)) }));
  return { ...base, stations, circles, gaps, labels };
}
