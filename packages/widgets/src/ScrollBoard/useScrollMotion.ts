import { type RefObject, useEffect, useRef } from 'react';
import { advanceOffset, carryOffset, stepRows } from './compute.js';

/** Handles ScrollBoard needs from its motion: the track ref, pause flags and keyboard stepping. */
export interface ScrollMotion {
  trackRef: RefObject<HTMLDivElement | null>;
  setHover(on: boolean): void;
  setFocus(on: boolean): void;
  step(rows: number): void;
}

// Snap to whole device pixels: text moved by a fraction of a pixel is resampled and looks soft.
function paintTrack(track: HTMLElement | null, offset: number, pixelRatio: number): void {
  if (track)
    track.style.transform = `translateY(${-Math.round(offset * pixelRatio) / pixelRatio}px)`;
}

/**
 * Scrolls the track with one rAF loop, writing `transform` directly so React does not re-render
 * per frame. The offset lives in a ref: new rows neither restart nor jump the board.
 */
export function useScrollMotion(
  loop: number,
  rowHeight: number,
  speed: number,
  running: boolean,
  pixelRatio = 1,
): ScrollMotion {
  const trackRef = useRef<HTMLDivElement | null>(null);
  const offset = useRef(0);
  const hover = useRef(false);
  const focus = useRef(false);
  const loopRef = useRef(loop);

  const ratio = useRef(pixelRatio);
  ratio.current = pixelRatio;
  const paint = (): void => paintTrack(trackRef.current, offset.current, ratio.current);

  // Row set changed: keep the position, wrapped into the new loop.
  useEffect(() => {
    loopRef.current = loop;
    offset.current = carryOffset(offset.current, loop);
    paint();
  });

  useEffect(() => {
    if (!running || loop <= 0) return;
    let frame = 0;
    let last: number | undefined;
    const tick = (t: number): void => {
      const dt = last === undefined ? 0 : t - last;
      last = t;
      if (!hover.current && !focus.current) {
        offset.current = advanceOffset(offset.current, dt, speed, loopRef.current);
        paintTrack(trackRef.current, offset.current, ratio.current);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [running, loop, speed]);

  return {
    trackRef,
    setHover: (on) => {
      hover.current = on;
    },
    setFocus: (on) => {
      focus.current = on;
    },
    step: (rows) => {
      offset.current = stepRows(offset.current, rows, rowHeight, loopRef.current);
      paint();
    },
  };
}
