import type { AreaFeature } from '@onescreen/geo';
import { useEffect, useState } from 'react';

/** The map's district polygons, fetched once from the app's own origin. */
export interface BoundariesState {
  features: AreaFeature[] | null;
  error: string | null;
}

/** Fetch every boundary file of the config and merge their features. */
export function useBoundaries(urls: readonly string[]): BoundariesState {
  const [state, setState] = useState<BoundariesState>({ features: null, error: null });
  const key = urls.join('\n');
  useEffect(() => {
    const controller = new AbortController();
    const list = key.split('\n');
    Promise.all(
      list.map(async (url) => {
        const response = await fetch(new URL(url, document.baseURI), { signal: controller.signal });
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        const doc = (await response.json()) as { type?: string; features?: AreaFeature[] };
        if (doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
          throw new Error(`${url}: not a GeoJSON FeatureCollection`);
        }
        return doc.features;
      }),
    ).then(
      (lists) => setState({ features: lists.flat(), error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({
            features: null,
            error: error instanceof Error ? error.message : String(error),
          });
        }
      },
    );
    return () => controller.abort();
  }, [key]);
  return state;
}
