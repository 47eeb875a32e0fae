import { useEffect } from 'react';
import type { TimeTravel } from './useTimeTravel.js';

/** Elements whose own keys (typing, pressing, moving through a list) must not also step time. */
const OWN_KEYS = 'input, textarea, select, button, a, [role="slider"], [contenteditable="true"]';

/**
 * Keyboard time travel for an operator: Space or K plays and pauses, ← and → (or J and L) step
 * one period back and forward. Keys pressed inside a control keep their own meaning (the map's
 * district list moves with the arrows). Kiosk mode passes nothing here.
 */
export function usePlaybackKeys(time: TimeTravel): void {
  const { interactive, toggle, step } = time;
  useEffect(() => {
    if (!interactive) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest(OWN_KEYS)) return;
      const key = event.key.toLowerCase();
      if (key === ' ' || key === 'k') toggle();
      else if (key === 'arrowleft' || key === 'j') step(-1);
      else if (key === 'arrowright' || key === 'l') step(1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [interactive, toggle, step]);
}
