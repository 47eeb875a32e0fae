import type { AreaFeature } from '@onescreen/geo';
import type { LoadedDrillLayer } from '../boundaries/load-drill.js';
import { coverageLayer } from '../config/bindings-of.js';
import type { ScreenConfig } from '../config/schema.js';
import { whenPrestartedFeed } from '../feeds/screen-feeds.js';
import type { AppLang } from '../i18n/text.js';
import { screenPlaceNames } from '../model/place-names.js';
import { coverageStations } from './coverage-stations.js';
import { prestartCoverageJob } from './coverage-worker.js';
import { coverageInput, coverageRequest } from './useCoverage.js';

/**
 * Asks the prestarted coverage worker about the stations as soon as the prestarted feeds bring
 * them, while the screen's first render runs on the page: the coverage's widgets used to wait
 * for the screen to mount, then for the worker's script, then for the count, and were the last
 * to be ready. The screen takes the worker with the job (useCoverage) and does not ask again.
 */
export function prestartCoverage(
  config: ScreenConfig,
  boundaries: AreaFeature[],
  drill: readonly LoadedDrillLayer[],
  lang: AppLang,
): void {
  const layer = coverageLayer(config);
  if (!layer) return;
  // The same lookup the screen renders with (screenPlaceNames keeps one per boundaries).
  const placeName = screenPlaceNames(boundaries, drill);
  whenPrestartedFeed(layer.bind.feed, (feed) => {
    const { points } = coverageStations(layer, feed, placeName, lang);
    if (!points) return;
    const input = coverageInput(points, boundaries);
    if (input.stations.length === 0 || input.districts.length === 0) return;
    prestartCoverageJob(input.key, coverageRequest(input, 1));
  });
}
