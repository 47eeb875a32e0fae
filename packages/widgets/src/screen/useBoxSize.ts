import { type RefObject, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Rect, Size } from '../maplayout/types.js';

/**
 * The box of `ref`'s element relative to its offset parent, in CSS px of its own layout (the
 * pixels ECharts lays out in: CSS zoom from ScreenContainer does not change them), kept up to
 * date by a ResizeObserver. Null until the element is laid out. Whole pixels, so sub-pixel
 * jitter does not re-lay anything out.
 */
export function useBoxSize(ref: RefObject<HTMLElement | null>, enabled = true): Rect | null {
  const [box, setBox] = useState<Rect | null>(null);
  const watched = useRef<{ el: HTMLElement | null; observer: ResizeObserver | null }>({
    el: null,
    observer: null,
  });
  // Checked after every render, not once: the element may only appear later (a widget frame
  // shows its body once the data has come), and a box measured never would never draw.
  useLayoutEffect(() => {
    const el = enabled ? ref.current : null;
    const w = watched.current;
    if (el === w.el) return;
    w.observer?.disconnect();
    w.el = el;
    w.observer = null;
    if (!el) {
      setBox(null);
      return;
    }
    const measure = () => {
      const next = {
        x: Math.round(el.offsetLeft),
        y: Math.round(el.offsetTop),
        w: Math.round(el.clientWidth),
        h: Math.round(el.clientHeight),
      };
      setBox((prev) =>
        prev && prev.x === next.x && prev.y === next.y && prev.w === next.w && prev.h === next.h
          ? prev
          : next.w > 0 && next.h > 0
            ? next
            : null,
      );
    };
    measure();
    w.observer = new ResizeObserver(measure);
    w.observer.observe(el);
  });
  useLayoutEffect(
    () => () => {
      watched.current.observer?.disconnect();
      watched.current = { el: null, observer: null };
    },
    [],
  );
  return box;
}

/** Just the size of `ref`'s element (see useBoxSize), as { width, height }. */
export function useSizeOf(ref: RefObject<HTMLElement | null>): Size | null {
  const box = useBoxSize(ref);
  const w = box?.w;
  const h = box?.h;
  return useMemo(() => (w && h ? { width: w, height: h } : null), [w, h]);
}
