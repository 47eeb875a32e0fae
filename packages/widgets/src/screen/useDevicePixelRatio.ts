import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  // A resolution query matches only the current DPR, so it fires once when the OS scale or
  // browser zoom changes; re-arm it for the new value each time.
  let mql: MediaQueryList | undefined;
  const arm = (): void => {
    mql?.removeEventListener('change', fire);
    mql = matchMedia(`(resolution: ${devicePixelRatio}dppx)`);
    mql.addEventListener('change', fire);
  };
  const fire = (): void => {
    arm();
    onChange();
  };
  arm();
  addEventListener('resize', onChange);
  return () => {
    mql?.removeEventListener('change', fire);
    removeEventListener('resize', onChange);
  };
}

const read = (): number => (typeof devicePixelRatio === 'number' ? devicePixelRatio : 1);

/** window.devicePixelRatio, live: follows OS display scale and browser zoom changes. */
export function useDevicePixelRatio(): number {
  return useSyncExternalStore(subscribe, read, () => 1);
}
