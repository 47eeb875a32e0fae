import { useEffect, useState } from 'react';
import type { ScreenParams } from '../url/params.js';
import type { LoadedScreen } from './load-screen.js';
import { LoadedScreenView } from './ScreenFromConfig.js';

/**
 * Shows the screen once `loading` (loadScreen, started as the page starts, while the fonts
 * load) has settled, or the list of its faults.
 */
export function Boot({
  params,
  loading,
}: {
  params: ScreenParams;
  loading: Promise<LoadedScreen>;
}) {
  const [loaded, setLoaded] = useState<LoadedScreen | null>(null);
  useEffect(() => {
    let live = true;
    loading.then((next) => {
      if (live) setLoaded(next);
    });
    return () => {
      live = false;
    };
  }, [loading]);
  return loaded && <LoadedScreenView loaded={loaded} params={params} />;
}
