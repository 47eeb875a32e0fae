import type { MapGeometry, PlaneBox } from './geometry.js';
import { landShare, type Occupancy } from './occupancy.js';
import type { Corner, Rect, Size } from './types.js';

/** Where the map's plane box is drawn, in pixels. */
export interface MapFrame {
  /** The geo component's box: the plane box scaled, aspect kept. */
  box: Rect;
  /** Pixels per plane unit. */
  scale: number;
  /** The plane box drawn into `box`. */
  plane: PlaneBox;
}

/** Plane → pixel. */
export function toPx(frame: MapFrame, x: number, y: number): [number, number] {
  return [
    frame.box.x + (x - frame.plane[0]) * frame.scale,
    frame.box.y + (y - frame.plane[1]) * frame.scale,
  ];
}

/** Pixel → plane. */
export function fromPx(frame: MapFrame, px: number, py: number): [number, number] {
  return [
    frame.plane[0] + (px - frame.box.x) / frame.scale,
    frame.plane[1] + (py - frame.box.y) / frame.scale,
  ];
}

/** The plane box as large as `area` allows, aspect kept, centred in it. */
export function fitInto(plane: PlaneBox, area: Rect): MapFrame {
  const pw = Math.max(plane[2] - plane[0], 1e-9);
  const ph = Math.max(plane[3] - plane[1], 1e-9);
  const scale = Math.max(1e-9, Math.min(area.w / pw, area.h / ph));
  const w = pw * scale;
  const h = ph * scale;
  return {
    box: { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h },
    scale,
    plane,
  };
}

/** Share of a pixel rectangle that would hide land under the frame. */
function hiddenLand(occ: Occupancy, frame: MapFrame, r: Rect): number {
  const [x, y] = fromPx(frame, r.x, r.y);
  return landShare(occ, x, y, r.w / frame.scale, r.h / frame.scale);
}

/** What the frame layout is asked to fit. */
export interface FrameRequest {
  /** The chart's size in pixels. */
  size: Size;
  /** Margin kept free on every side. */
  padding?: number | undefined;
  /** A bar fixed at the top (the breadcrumb), px: the map slides below it only if it would hide land. */
  topBar?: Rect | null | undefined;
  /** A box (legend, summary) to put in a corner, with the corners it may take, best first. */
  overlay?: { size: Size; corners: readonly Corner[] } | null | undefined;
}

/** The map's frame and where the overlays go. */
export interface FrameLayout {
  /** Where the map draws. */
  frame: MapFrame;
  /** The overlay's corner and box, when one was asked for. */
  overlay: { corner: Corner; rect: Rect } | null;
  /** The top bar's box, when one was given. */
  topBar: Rect | null;
}

/** Overlays may hide at most this share of their own area in land. */
const HIDE_TOLERANCE = 0.01;
const GAP = 4;

/**
 * The largest centred map that leaves the breadcrumb and the legend (or summary) over sea: the
 * map fills the panel, the overlay takes the emptiest allowed corner, and only when every
 * allowed corner would hide land does the map give up a column or a row for it (whichever
 * keeps the map larger).
 */
export function layoutFrame(
  geometry: MapGeometry,
  occ: Occupancy,
  request: FrameRequest,
): FrameLayout {
  const { width: W, height: H } = request.size;
  const pad = request.padding ?? 6;
  let area: Rect = { x: pad, y: pad, w: Math.max(1, W - 2 * pad), h: Math.max(1, H - 2 * pad) };
  const bar = request.topBar ?? null;
  let frame = fitInto(geometry.box, area);
  if (bar && bar.w > 0 && bar.h > 0 && hiddenLand(occ, frame, bar) > HIDE_TOLERANCE) {
    const top = bar.y + bar.h + GAP;
    area = { ...area, y: top, h: Math.max(1, area.h - (top - area.y)) };
    frame = fitInto(geometry.box, area);
  }
  const wanted = request.overlay;
  if (!wanted || wanted.corners.length === 0) return { frame, overlay: null, topBar: bar };
  const { width: ow, height: oh } = wanted.size;
  const rectAt = (corner: Corner): Rect => ({
    x: corner.endsWith('left') ? pad : W - pad - ow,
    y: corner.startsWith('top')
      ? corner === 'top-left' && bar
        ? bar.y + bar.h + GAP
        : pad
      : H - pad - oh,
    w: ow,
    h: oh,
  });
  const scored = wanted.corners.map((corner) => ({
    corner,
    rect: rectAt(corner),
    hidden: hiddenLand(occ, frame, rectAt(corner)),
  }));
  const free = scored.find((s) => s.hidden <= HIDE_TOLERANCE);
  if (free) return { frame, overlay: { corner: free.corner, rect: free.rect }, topBar: bar };
  const best = scored.reduce((a, b) => (b.hidden < a.hidden ? b : a));
  // Too big to give room to: keep the map whole and accept the overlap.
  if (ow > W / 2 && oh > H / 2)
    return { frame, overlay: { corner: best.corner, rect: best.rect }, topBar: bar };
  const left = best.corner.endsWith('left');
  const top = best.corner.startsWith('top');
  const column: Rect = {
    ...area,
    x: left ? best.rect.x + ow + GAP : area.x,
    w: Math.max(1, area.w - ow - GAP),
  };
  const rowTop = best.rect.y + oh + GAP;
  const row: Rect = top
    ? {
        ...area,
        y: Math.max(area.y, rowTop),
        h: Math.max(1, area.y + area.h - Math.max(area.y, rowTop)),
      }
    : { ...area, h: Math.max(1, best.rect.y - GAP - area.y) };
  const byColumn = fitInto(geometry.box, column);
  const byRow = fitInto(geometry.box, row);
  return {
    frame: byColumn.scale >= byRow.scale ? byColumn : byRow,
    overlay: { corner: best.corner, rect: best.rect },
    topBar: bar,
  };
}
