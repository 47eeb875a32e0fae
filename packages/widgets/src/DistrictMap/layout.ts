import { clusterPoints } from '../maplayout/cluster.js';
import { type FrameLayout, fromPx, layoutFrame, toPx } from '../maplayout/frame.js';
import { type MapGeometry, toChart } from '../maplayout/geometry.js';
import { type PlacedLabel, placeLabels } from '../maplayout/labels.js';
import type { Occupancy } from '../maplayout/occupancy.js';
import type { MeasureText } from '../maplayout/textWidth.js';
import type { Corner, Rect, Size } from '../maplayout/types.js';
import type { MapPoint } from './compute.js';

/** A marker as drawn: one point, or a cluster of points with its count. */
export interface MapMarker {
  /** Ids of the points it stands for. */
  ids: string[];
  /** Names of those points (feed text). */
  names: string[];
  /** 'station' or 'town' for a single point; 'cluster' for several. */
  kind: 'station' | 'town' | 'cluster';
  /** Centre, px. */
  x: number;
  /** Centre, px. */
  y: number;
  /** Symbol size, px. */
  size: number;
  /** Where ECharts draws it (chart coordinates). */
  at: [number, number];
}

/** A label as drawn, with its ECharts position. */
export interface MapLabel extends PlacedLabel {
  /** Where ECharts centres it (chart coordinates). */
  at: [number, number];
}

/** The map laid out at one size: frame, overlay corner, markers and labels. */
export interface DistrictLayout extends FrameLayout {
  /** Markers after clustering, in input order of their first point. */
  markers: MapMarker[];
  /** Labels that fit: district names first, then marker names. */
  labels: MapLabel[];
}

/** What the district map is laid out from. */
export interface DistrictLayoutInput {
  /** The districts shown, projected (mapGeometry). */
  geometry: MapGeometry;
  /** Land raster of the same geometry. */
  occupancy: Occupancy;
  /** The chart's size, px. */
  size: Size;
  /** The breadcrumb's box, px, when shown. */
  topBar: Rect | null;
  /** The legend's size, px, when shown. */
  legend: Size | null;
  /** Corners the legend may take, best first. */
  legendCorners: readonly Corner[];
  /** Points to draw. */
  points: readonly MapPoint[];
  /** Selected district: its name is placed first and always shown where it can stand. */
  selected: string | null;
  /** Text measure. */
  measure: MeasureText;
}

/** Font sizes of district and point names, px at the 1080p design. */
export const MAP_FONT = { area: 13, point: 12 } as const;
const SYMBOL = { station: 12, town: 7 } as const;

/**
 * Lays the map out at one size: fits it to the panel around the breadcrumb and legend,
 * clusters points that would touch, and places every name that fits without meeting another
 * name, a marker or an overlay. Pure: the same input gives the same layout in Node and in the
 * browser (given the same measure).
 */
export function districtLayout(input: DistrictLayoutInput): DistrictLayout {
  const { geometry, size } = input;
  const base = layoutFrame(geometry, input.occupancy, {
    size,
    topBar: input.topBar,
    overlay: input.legend ? { size: input.legend, corners: input.legendCorners } : null,
  });
  const { frame } = base;
  const byId = new Map(input.points.map((p) => [p.id, p]));
  const clusters = clusterPoints(
    input.points.map((p) => {
      const [x, y] = toPx(frame, ...geometry.toPlane(p.lon, p.lat));
      return { id: p.id, x, y, size: SYMBOL[p.kind === 'station' ? 'station' : 'town'] };
    }),
  );
  const markers: MapMarker[] = clusters.map((c) => {
    const members = c.ids.map((id) => byId.get(id) as MapPoint);
    const single = members.length === 1 ? members[0] : undefined;
    return {
      ids: c.ids,
      names: members.map((m) => m.name),
      kind: single ? (single.kind === 'station' ? 'station' : 'town') : 'cluster',
      x: c.x,
      y: c.y,
      size: c.size,
      at: toChart(fromPx(frame, c.x, c.y)),
    };
  });
  const shapes = [...geometry.shapes].sort(
    (a, b) =>
      Number(b.code === input.selected) - Number(a.code === input.selected) || b.area - a.area,
  );
  const placed = placeLabels({
    frame,
    bounds: { x: 0, y: 0, w: size.width, h: size.height },
    obstacles: [base.topBar, base.overlay?.rect].filter((r): r is Rect => r != null),
    markers,
    areas: shapes.map((s) => ({
      id: s.code,
      text: s.name,
      shape: s,
      fontSize: MAP_FONT.area,
      bold: s.code === input.selected,
      insist: s.code === input.selected,
    })),
    points: markers
      .filter((m) => m.kind !== 'cluster' && (m.names[0] ?? '') !== '')
      .map((m) => ({
        id: m.ids[0] as string,
        text: m.names[0] as string,
        x: m.x,
        y: m.y,
        size: m.size,
        fontSize: MAP_FONT.point,
      })),
    measure: input.measure,
  });
  const labels = placed.map((l) => ({ ...l, at: toChart(fromPx(frame, l.x, l.y)) }));
  return { ...base, markers, labels };
}
