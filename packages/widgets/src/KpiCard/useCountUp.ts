import { type RefObject, useLayoutEffect, useRef } from 'react';
import { tweenValue } from './compute.js';

/**
 * Counts the number in `ref`'s text up to `target`: from 0 on first data, from the shown value
 * on a change, over `durationMs`, once. The component renders the final text; each frame of the
 * count writes the text node directly, so a count costs one React render, not one per frame
 * (twenty cards counting after a feed update would otherwise re-render sixty times a second).
 * One rAF loop per card, cancelled on change and unmount.
 */
export function useCountUp(
  ref: RefObject<HTMLElement | null>,
  target: number | null,
  format: (value: number) => string,
  durationMs: number,
  reduced: boolean,
): void {
  // The number on screen now (null before any).
  const shown = useRef<number | null>(reduced ? target : null);
  const formatRef = useRef(format);
  formatRef.current = format;

  // A layout effect: the starting figure replaces the rendered final text before it is painted.
  useLayoutEffect(() => {
    const text = ref.current?.firstChild;
    const write = (v: number) => {
      shown.current = v;
      if (text?.nodeType === Node.TEXT_NODE) text.nodeValue = formatRef.current(v);
    };
    if (target === null || reduced || durationMs <= 0) {
      // Motion turned off mid-count: show the final figure at once.
      if (target === null) shown.current = null;
      else write(target);
      return;
    }
    const from = shown.current ?? 0;
    if (from === target) return;
    write(from);
    let frame = 0;
    let start: number | undefined;
    const tick = (t: number): void => {
      start ??= t;
      const v = tweenValue(from, target, t - start, durationMs);
      write(v);
      if (v !== target) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    // A new value counts on from the figure shown when it arrived.
    return () => cancelAnimationFrame(frame);
  }, [ref, target, reduced, durationMs]);
}
