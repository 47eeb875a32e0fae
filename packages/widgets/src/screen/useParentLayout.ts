import { type RefObject, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { computeLayout, type ScaleMode, type ScreenLayout } from './layout.js';

/**
 * Measures the parent of `ref` with a ResizeObserver and lays the design size onto it. With
 * `initialSize` (the parent's content size, known to a caller that sets it) the design is laid
 * out from the first render; the measurement then only corrects it.
 */
export function useParentLayout(
  designW: number,
  designH: number,
  mode: ScaleMode,
  initialSize?: { width: number; height: number },
): {
  ref: RefObject<HTMLDivElement | null>;
  layout: ScreenLayout | null;
  autoHeight: boolean;
  parentHeight: number;
} {
  const ref = useRef<HTMLDivElement | null>(null);
  const [size, setSize] = useState<{ w: number; h: number } | null>(() =>
    initialSize && initialSize.width > 0 && initialSize.height > 0
      ? { w: initialSize.width, h: initialSize.height }
      : null,
  );
  // A parent with no height at first measurement takes its height from us; remember that,
  // or our own height would feed back into the next measurement and freeze the scale.
  const [autoHeight, setAutoHeight] = useState(false);

  useLayoutEffect(() => {
    const parent = ref.current?.parentElement;
    if (!parent) return;
    let auto: boolean | undefined;
    const measure = (): void => {
      const cs = getComputedStyle(parent);
      const w =
        parent.clientWidth - Number.parseFloat(cs.paddingLeft) - Number.parseFloat(cs.paddingRight);
      const h =
        parent.clientHeight -
        Number.parseFloat(cs.paddingTop) -
        Number.parseFloat(cs.paddingBottom);
      // Decide only once the parent is laid out (a hidden parent measures 0 × 0).
      if (auto === undefined && w > 0) {
        auto = h <= 0;
        setAutoHeight(auto);
      }
      const next = { w: Math.max(0, w), h: auto ? 0 : Math.max(0, h) };
      setSize((prev) => (prev && prev.w === next.w && prev.h === next.h ? prev : next));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(parent);
    return () => ro.disconnect();
  }, []);

  const layout = useMemo(
    () => (size ? computeLayout(size.w, size.h, designW, designH, mode) : null),
    [size, designW, designH, mode],
  );
  return { ref, layout, autoHeight, parentHeight: size?.h ?? 0 };
}
