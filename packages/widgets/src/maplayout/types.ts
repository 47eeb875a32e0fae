/** An axis-aligned rectangle in pixels: left, top, width, height. */
export interface Rect {
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width. */
  w: number;
  /** Height. */
  h: number;
}

/** A width × height in pixels. */
export interface Size {
  /** Width. */
  width: number;
  /** Height. */
  height: number;
}

/** A corner of the map's box, where an overlay (legend, summary) may sit. */
export type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/** True when two rectangles share more than a hairline (`slack` px is forgiven on each side). */
export function overlaps(a: Rect, b: Rect, slack = 0): boolean {
  return (
    a.x + slack < b.x + b.w - slack &&
    b.x + slack < a.x + a.w - slack &&
    a.y + slack < b.y + b.h - slack &&
    b.y + slack < a.y + a.h - slack
  );
}

/** `r` grown by `d` px on every side. */
export function inflate(r: Rect, d: number): Rect {
  return { x: r.x - d, y: r.y - d, w: r.w + 2 * d, h: r.h + 2 * d };
}

/** True when `inner` lies inside `outer`. */
export function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  );
}
