import type { FeedState } from '@onescreen/core';
import type { WidgetStatus } from '@onescreen/widgets';

/**
 * A feed's state as a widget status. A failure after good data is an error too: the widget
 * says so and keeps the last data visible, instead of quietly showing old numbers as fresh.
 */
export function widgetStatus(feed: FeedState | undefined, name: string): WidgetStatus {
  if (!feed) return { state: 'error', feed: name, error: 'not configured' };
  // The age badge appears only when it matters (stale or failing): the header always shows
  // every feed's freshness, and thirty "updated just now" badges would drown the numbers.
  const worrying = feed.status === 'stale' || feed.lastError !== undefined;
  const base = {
    feed: name,
    ...(worrying && feed.lastSuccess !== undefined ? { updatedAt: feed.lastSuccess } : {}),
  };
  if (feed.lastError !== undefined && (feed.status === 'error' || feed.value !== undefined)) {
    return { ...base, state: 'error', error: feed.lastError };
  }
  if (feed.status === 'error') return { ...base, state: 'error', error: 'unknown failure' };
  return { ...base, state: feed.status };
}
