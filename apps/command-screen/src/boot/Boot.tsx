import { startTransition, useEffect, useState } from 'react';
import { prestartedFeedsSettle } from '../feeds/screen-feeds.js';
import type { ScreenParams } from '../url/params.js';
import type { LoadedScreen } from './load-screen.js';
import { LoadedScreenView } from './ScreenFromConfig.js';

/** Longest a loaded screen waits for its prestarted feeds before it shows without them. */
const FEEDS_WAIT_MS = 1500;

/**
 * Shows the screen once `loading` (loadScreen, started as the page starts, while the fonts
 * load) has settled and its feeds have come, or the list of its faults.
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
    void loading
      .then(async (next) => {
        // Shown before its data, the whole screen rendered twice at start (every widget loading,
        // then again with the feeds) while the feed worker was already reading them. The wait
        // is capped: a slow feed shows as loading, as before.
        if (next.ok) await prestartedFeedsSettle(FEEDS_WAIT_MS);
        return next;
      })
      .then((next) => {
        // A transition: the screen's first render is split into short slices, not one long task.
        if (live) startTransition(() => setLoaded(next));
      });
    return () => {
      live = false;
    };
  }, [loading]);
  return loaded && <LoadedScreenView loaded={loaded} params={params} />;
}
