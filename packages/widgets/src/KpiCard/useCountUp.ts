import { useEffect, useRef, useState } from 'react';
import { tweenValue } from './compute.js';

/**
 * The number to show while counting to `target`: from 0 on first data, from the shown value on
 * a change, over `durationMs`, once. One rAF loop per card, cancelled on change and unmount.
 */
export function useCountUp(
  target: number | null,
  durationMs: number,
  reduced: boolean,
): number | null {
  const [shown, setShown] = useState<number | null>(reduced ? target : target === null ? null : 0);
  const shownRef = useRef(shown);
  shownRef.current = shown;

  useEffect(() => {
    if (target === null || reduced || durationMs <= 0) {
      setShown(target);
      return;
    }
    const from = shownRef.current ?? 0;
    if (from === target) return;
    let frame = 0;
    let start: number | undefined;
    const tick = (t: number): void => {
      start ??= t;
      const v = tweenValue(from, target, t - start, durationMs);
      setShown(v);
      if (v !== target) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [target, reduced, durationMs]);

  return shown;
}
