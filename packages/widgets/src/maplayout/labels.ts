import { fromPx, type MapFrame, toPx } from './frame.js';
import { type MapShape, shapeContains } from './geometry.js';
import { labelHeight, type MeasureText } from './textWidth.js';
import { inflate, inside, overlaps, type Rect } from './types.js';

/** A district name to place inside its district. */
export interface AreaLabel {
  /** Id the placed label carries (the district code). */
  id: string;
  /** Text. */
  text: string;
  /** The district. */
  shape: MapShape;
  /** Font size, px. */
  fontSize: number;
  /** Bold (the selected district). */
  bold?: boolean | undefined;
  /** Show it even if it cannot sit wholly inside its district (the selected one). */
  insist?: boolean | undefined;
}

/** A marker's name to place beside it. */
export interface PointLabel {
  /** Id the placed label carries. */
  id: string;
  /** Text. */
  text: string;
  /** The marker's centre, px. */
  x: number;
  /** The marker's centre, px. */
  y: number;
  /** The marker's size, px. */
  size: number;
  /** Font size, px. */
  fontSize: number;
  /** Padding around the text (a label drawn on a background), px. */
  pad?: number | undefined;
}

/** A label that fits: where its centre is and the box it takes. */
export interface PlacedLabel {
  /** The request's id. */
  id: string;
  /** Text. */
  text: string;
  /** 'area' for a district name, 'point' for a marker's name. */
  kind: 'area' | 'point';
  /** Centre, px. */
  x: number;
  /** Centre, px. */
  y: number;
  /** The box it takes, px. */
  box: Rect;
  /** Font size, px. */
  fontSize: number;
  /** Bold. */
  bold: boolean;
}

/** Everything a label layout needs. */
export interface LabelRequest {
  /** Where the map draws. */
  frame: MapFrame;
  /** The chart's own box: labels stay inside it. */
  bounds: Rect;
  /** Boxes nothing may be drawn under (legend, breadcrumb, summary). */
  obstacles: readonly Rect[];
  /** Marker boxes (centre and size) no label may cover. */
  markers: readonly { x: number; y: number; size: number }[];
  /** District names, most important first. */
  areas: readonly AreaLabel[];
  /** Marker names, most important first; placed after every district name. */
  points: readonly PointLabel[];
  /** Text measure. */
  measure: MeasureText;
}

/** Air kept between a label and anything else, px. */
const AIR = 2;

function boxAt(x: number, y: number, w: number, h: number): Rect {
  return { x: x - w / 2, y: y - h / 2, w, h };
}

/** True when the label's middle line (its centre and both ends) lies inside the district. */
function sitsInside(frame: MapFrame, shape: MapShape, box: Rect): boolean {
  const cy = box.y + box.h / 2;
  const inset = Math.min(3, box.w / 4);
  return [box.x + inset, box.x + box.w / 2, box.x + box.w - inset].every((px) => {
    const [x, y] = fromPx(frame, px, cy);
    return shapeContains(shape, x, y);
  });
}

/**
 * Candidate centres for a district label, best first: the pole of inaccessibility, then points
 * of a grid over the district ordered by distance from the pole, so a label pushed aside by a
 * marker stays as central as it can.
 */
function areaCandidates(frame: MapFrame, shape: MapShape, h: number): [number, number][] {
  const pole = toPx(frame, shape.pole[0], shape.pole[1]);
  const [x0, y0] = toPx(frame, shape.box[0], shape.box[1]);
  const [x1, y1] = toPx(frame, shape.box[2], shape.box[3]);
  const step = Math.max(4, h / 2);
  const grid: [number, number][] = [];
  for (let y = y0 + step / 2; y < y1; y += step)
    for (let x = x0 + step / 2; x < x1; x += step) grid.push([x, y]);
  grid.sort(
    (a, b) =>
      Math.hypot(a[0] - pole[0], a[1] - pole[1]) - Math.hypot(b[0] - pole[0], b[1] - pole[1]),
  );
  return [pole, ...grid.slice(0, 400)];
}

/**
 * Places district names inside their districts and marker names beside their markers so that
 * no two labels meet, no label covers a marker or an overlay, and no label leaves the chart.
 * Greedy in priority order: district names first (the caller orders them, e.g. selected, then
 * by area), then marker names, each taking its best free spot or staying hidden (hidden
 * names remain in the tooltip and the hidden table). Pure.
 */
export function placeLabels(request: LabelRequest): PlacedLabel[] {
  const { frame, bounds, measure } = request;
  const blocked: Rect[] = [
    ...request.obstacles.map((o) => inflate(o, AIR)),
    ...request.markers.map((m) => inflate(boxAt(m.x, m.y, m.size, m.size), AIR)),
  ];
  const placed: PlacedLabel[] = [];
  const free = (box: Rect) =>
    inside(box, bounds) &&
    !blocked.some((b) => overlaps(box, b)) &&
    !placed.some((p) => overlaps(box, inflate(p.box, AIR)));

  for (const a of request.areas) {
    const bold = a.bold ?? false;
    const w = measure(a.text, a.fontSize, bold) + 2;
    const h = labelHeight(a.fontSize);
    const spot = areaCandidates(frame, a.shape, h).find(([x, y]) => {
      const box = boxAt(x, y, w, h);
      if (!free(box)) return false;
      if (sitsInside(frame, a.shape, box)) return true;
      const [px, py] = fromPx(frame, x, y);
      return a.insist === true && shapeContains(a.shape, px, py);
    });
    if (spot)
      placed.push({
        id: a.id,
        text: a.text,
        kind: 'area',
        x: spot[0],
        y: spot[1],
        box: boxAt(spot[0], spot[1], w, h),
        fontSize: a.fontSize,
        bold,
      });
  }
  for (const p of request.points) {
    const pad = p.pad ?? 0;
    const w = measure(p.text, p.fontSize, false) + 2 + 2 * pad;
    const h = labelHeight(p.fontSize) + pad;
    const off = p.size / 2 + AIR + 1;
    // Right, left, above, below, then the four diagonals.
    const spots: [number, number][] = [
      [p.x + off + w / 2, p.y],
      [p.x - off - w / 2, p.y],
      [p.x, p.y - off - h / 2],
      [p.x, p.y + off + h / 2],
      [p.x + off + w / 2, p.y - off],
      [p.x - off - w / 2, p.y - off],
      [p.x + off + w / 2, p.y + off],
      [p.x - off - w / 2, p.y + off],
    ];
    const spot = spots.find(([x, y]) => free(boxAt(x, y, w, h)));
    if (spot)
      placed.push({
        id: p.id,
        text: p.text,
        kind: 'point',
        x: spot[0],
        y: spot[1],
        box: boxAt(spot[0], spot[1], w, h),
        fontSize: p.fontSize,
        bold: false,
      });
  }
  return placed;
}
