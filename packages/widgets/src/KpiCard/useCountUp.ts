import { type RefObject, useLayoutEffect, useRef } from 'react';
import { tweenValue } from './compute.js';
import { runCount } from './countTicker.js';

/**
 * Counts the number in `ref`'s text up to `target`: from 0 on first data over `durationMs`,
 * from the shown value on a change over `changeMs`, once. The component renders the final
 * text; each figure of the count is written to the text node directly, so a count costs one
 * React render, not one per figure. Every card counts on one shared ticker (countTicker), a
 * figure about fifteen times a second; cancelled on change and unmount.
 */
export function useCountUp(
  ref: RefObject<HTMLElement | null>,
  target: number | null,
  format: (value: number) => string,
  durationMs: number,
  reduced: boolean,
  changeMs: number = durationMs,
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
    const first = shown.current === null;
    const from = shown.current ?? 0;
    if (from === target) return;
    write(from);
    const duration = first ? durationMs : changeMs;
    let start: number | undefined;
    // A new value counts on from the figure shown when it arrived.
    return runCount((t) => {
      start ??= t;
      const v = tweenValue(from, target, t - start, duration);
      write(v);
      return v === target;
    });
  }, [ref, target, reduced, durationMs, changeMs]);
}
