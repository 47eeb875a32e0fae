import type { FeedState, LocalText, PointsView } from '@onescreen/core';
import type { coverageLayer } from '../config/bindings-of.js';
import { ownKey } from '../feeds/binding-deriver.js';
import type { AppLang } from '../i18n/text.js';
import { runBound } from '../model/useBinding.js';
import { workerResult } from '../model/worker-views.js';

/** The coverage's stations, or why there are none yet (null points: waiting, or failed). */
export interface CoverageStations {
  /** The stations' view; null while their feed loads or when it failed. */
  points: PointsView | null;
  /** Why the stations failed, or null. */
  failure: string | null;
}

/**
 * The stations the coverage counts: every one of them, whatever the map selects. Waiting while
 * the stations' feed loads, failed with it when it has no data, empty without a coverage layer.
 */
export function coverageStations(
  layer: ReturnType<typeof coverageLayer>,
  feed: FeedState | undefined,
  placeName: (code: string) => LocalText | undefined,
  lang: AppLang,
): CoverageStations {
  if (!layer) return { points: { kind: 'points', points: [] }, failure: null };
  if (!feed || (feed.status === 'loading' && !feed.value)) return { points: null, failure: null };
  const inputs = { place: undefined, period: undefined, placeName, lang, path: layer.path };
  // The feed worker has usually run it already, with the value (worker-views).
  const done = feed.value && workerResult(feed.value, ownKey(layer.path, undefined), placeName);
  const r = runBound(layer.bind as never, feed, inputs, done || undefined);
  if (r.view?.kind === 'points') return { points: r.view as PointsView, failure: null };
  return { points: null, failure: r.status.error ?? r.status.state };
}
