import { useContext, useSyncExternalStore } from 'react';
import { MotionContext } from '../theme/context.js';

const query = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const mql = matchMedia(query);
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}

function snapshot(): boolean {
  return typeof matchMedia === 'function' && matchMedia(query).matches;
}

/** True when the OS asks for reduced motion or OnescreenProvider forces it; live-updates. */
export function useReducedMotion(): boolean {
  const forced = useContext(MotionContext);
  const prefers = useSyncExternalStore(subscribe, snapshot, () => false);
  return forced || prefers;
}
