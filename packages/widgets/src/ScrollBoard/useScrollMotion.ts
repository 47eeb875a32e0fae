import { type RefObject, useEffect, useRef } from 'react';
import { carryOffset, runOffset, type ScrollRun, scrollRun, stepRows } from './compute.js';

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

/** A running scroll: its animation (whose time says where it stands), its run and speed. */
interface Running {
  animation: Animation;
  run: ScrollRun;
  speed: number;
}

/**
 * Scrolls the track with a Web Animation of its `transform`, in whole-device-pixel steps, which
 * the compositor runs: the page does no work per frame (a loop writing `transform` every frame
 * cost a style, paint and commit sixty times a second, most of an idle screen's main thread).
 * Hover and focus stop it where it stands; keyboard steps and new rows move the position, which
 * lives in a ref, so new rows neither restart nor jump the board.
 */
export function useScrollMotion(
  loop: number,
  rowHeight: number,
  speed: number,
  running: boolean,
  pixelRatio = 1,
): ScrollMotion {
  const trackRef = useRef<HTMLDivElement | null>(null);
  // The position while standing, and where a run starts.
  const offset = useRef(0);
  const hover = useRef(false);
  const focus = useRef(false);
  const current = useRef<Running | null>(null);
  const settings = useRef({ loop, speed, running, pixelRatio });
  settings.current = { loop, speed, running, pixelRatio };

  const stand = (): void => {
    const r = current.current;
    if (r) {
      offset.current = runOffset(0, Number(r.animation.currentTime ?? 0), r.speed, r.run);
      r.animation.cancel();
      current.current = null;
    }
    paintTrack(trackRef.current, offset.current, settings.current.pixelRatio);
  };

  const go = (): void => {
    const s = settings.current;
    const track = trackRef.current;
    stand();
    if (!track || !s.running || s.loop <= 0 || s.speed <= 0 || hover.current || focus.current) {
      return;
    }
    const run = scrollRun(s.loop, s.pixelRatio);
    const from = carryOffset(offset.current, run.distance);
    const animation = track.animate(
      [{ transform: 'translateY(0px)' }, { transform: `translateY(${-run.distance}px)` }],
      {
        duration: (run.distance / s.speed) * 1000,
        iterations: Number.POSITIVE_INFINITY,
        easing: `steps(${run.steps}, end)`,
      },
    );
    animation.currentTime = (from / s.speed) * 1000;
    current.current = { animation, run, speed: s.speed };
  };

  // A new loop (row set), speed, ratio or motion setting: carry the position into it and run on.
  // biome-ignore lint/correctness/useExhaustiveDependencies: stand and go read refs; these are the triggers.
  useEffect(() => {
    stand();
    offset.current = carryOffset(offset.current, loop);
    go();
  }, [loop, speed, running, pixelRatio]);

  useEffect(
    () => () => {
      current.current?.animation.cancel();
      current.current = null;
    },
    [],
  );

  return {
    trackRef,
    setHover: (on) => {
      hover.current = on;
      if (on) stand();
      else go();
    },
    setFocus: (on) => {
      focus.current = on;
      if (on) stand();
      else go();
    },
    step: (rows) => {
      stand();
      offset.current = stepRows(offset.current, rows, rowHeight, settings.current.loop);
      go();
    },
  };
}
