import type { FeedState } from '@onescreen/core';
import { useOnescreen } from '@onescreen/core/react';
import type { WidgetStatus } from '@onescreen/widgets';
import { useMemo } from 'react';
import type { CoverageFigures } from '../adapters/adapter.js';
import { adapters } from '../adapters/registry.js';
import type { View } from '../adapters/views.js';
import type { FeedBinding } from '../config/schema.js';
import { resolvePointer } from '../data/pointer.js';
import { widgetStatus } from '../feeds/widget-status.js';

/** A binding's view model and the status the widget should show. */
export interface BoundView {
  view: View | null;
  status: WidgetStatus;
}

/** Run a binding's adapter on its feed's last good value (pure; errors become a status). */
export function runBinding(
  bind: FeedBinding,
  feed: FeedState | undefined,
  place: string | undefined,
  coverage: CoverageFigures | null,
): BoundView {
  const status = widgetStatus(feed, bind.feed);
  if (!feed?.value) return { view: null, status };
  const adapter = adapters[bind.adapter];
  if (!adapter)
    return {
      view: null,
      status: { ...status, state: 'error', error: `unknown adapter ${bind.adapter}` },
    };
  try {
    const data = resolvePointer(feed.value, bind.pointer);
    const district = adapter.filtered && place !== undefined ? place.slice(0, 6) : null;
    const view = adapter.run(data, bind.options ?? {}, { selection: { district }, coverage });
    if (view.kind === 'kpi' && view.pending)
      return { view: null, status: { ...status, state: 'loading' } };
    return { view, status };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      view: null,
      status: { ...status, state: 'error', error: `${bind.pointer || '/'}: ${message}` },
    };
  }
}

/** The view of one binding, recomputed when its feed, the selection or the coverage changes. */
export function useBoundView(
  bind: FeedBinding | undefined,
  coverage: CoverageFigures | null,
): BoundView | null {
  const feed = useOnescreen((s) => (bind ? s.feeds[bind.feed] : undefined));
  const place = useOnescreen((s) => s.place);
  return useMemo(
    () => (bind ? runBinding(bind, feed, place, coverage) : null),
    [bind, feed, place, coverage],
  );
}
