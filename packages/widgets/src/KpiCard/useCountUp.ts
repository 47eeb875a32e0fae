import { type RefObject, useLayoutEffect, useRef } from 'react';
import { tweenValue } from './compute.js';
import { runCount } from './countTicker.js';

/**
 * Counts the number in `ref`'s text up to `target` from 0 on first data, over `durationMs`.
 * A later change shows the new figure at once and flashes it (a glow that fades): counting every
 * live change over cost the page a layout, paint and commit per figure, for every card a feed
 * feeds. The component renders the final text; each figure of the count is written to the text
 * node directly, so a count costs one React render, not one per figure. Every card counts on
 * one shared ticker (countTicker), a figure about fifteen times a second; cancelled on change
 * and unmount.
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
    const from = shown.current;
    if (from === target) return;
    if (from !== null) {
      // A live change (or one arriving mid-count): the new figure now, marked by a glow.
      write(target);
      flash(ref.current);
      return;
    }
    write(0);
    let start: number | undefined;
    return runCount((t) => {
      start ??= t;
      const v = tweenValue(0, target, t - start, durationMs);
      write(v);
      return v === target;
    });
  }, [ref, target, reduced, durationMs]);
}

/** Lights the glow behind a changed figure (styles.css): a new animation name restarts it. */
function flash(el: HTMLElement | null): void {
  if (el) el.dataset.flash = el.dataset.flash === 'a' ? 'b' : 'a';
}
