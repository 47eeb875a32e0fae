import { useContext, useSyncExternalStore } from 'react';
import { MotionContext } from '../theme/context.js';

const query = '(prefers-reduced-motion: reduce)';

// One live MediaQueryList for every widget: React reads the snapshot on each render of each
// widget, and a new matchMedia() per read showed in the profile of a feed update.
let list: MediaQueryList | null | undefined;
function mediaList(): MediaQueryList | null {
  if (list === undefined) list = typeof matchMedia === 'function' ? matchMedia(query) : null;
  return list;
}

function subscribe(onChange: () => void): () => void {
  const mql = mediaList();
  if (!mql) return () => {};
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}

function snapshot(): boolean {
  return mediaList()?.matches ?? false;
}

/** True when the OS asks for reduced motion or OnescreenProvider forces it; live-updates. */
export function useReducedMotion(): boolean {
  const forced = useContext(MotionContext);
  const prefers = useSyncExternalStore(subscribe, snapshot, () => false);
  return forced || prefers;
}
