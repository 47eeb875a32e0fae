import { type FeedState, feedDrops } from '@onescreen/core';
import type { WidgetStatus } from '@onescreen/widgets';

/**
 * A feed's state as a widget status. A failure after good data is an error too: the widget
 * says so and keeps the last data visible, instead of quietly showing old numbers as fresh.
 */
export function widgetStatus(feed: FeedState | undefined, name: string): WidgetStatus {
  if (!feed) return { state: 'error', feed: name, error: 'not configured' };
  // The age badge appears only when it matters (stale or failing): the header always shows
  // every feed's freshness, and thirty "updated just now" badges would drown the numbers.
  const worrying = isWorrying(feed);
  const drops = feedDrops(feed);
  const base = {
    feed: name,
    ...(worrying && feed.lastSuccess !== undefined ? { updatedAt: feed.lastSuccess } : {}),
    // Records the parser refused are said on the widget: "dropped 12/40, first reason …".
    ...(drops ? { dropped: drops } : {}),
    ...(feed.health === 'degraded' ? { degraded: true } : {}),
  };
  if (feed.lastError !== undefined && (feed.status === 'error' || feed.value !== undefined)) {
    return { ...base, state: 'error', error: feed.lastError };
  }
  if (feed.status === 'error') return { ...base, state: 'error', error: 'unknown failure' };
  return { ...base, state: feed.status };
}

const isWorrying = (feed: FeedState) => feed.status === 'stale' || feed.lastError !== undefined;

/**
 * Whether two states of a feed hold the same value, status, failure and drops: they differ at
 * most in when the source last confirmed the value (a 304, or the same document again).
 */
export function sameContent(a: FeedState | undefined, b: FeedState | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return (
    a.value === b.value &&
    a.status === b.status &&
    a.lastError === b.lastError &&
    a.health === b.health &&
    a.dropped === b.dropped &&
    a.records === b.records
  );
}

/**
 * Whether a widget bound to the feed shows the same for both states: the same content, and
 * the same time where the time shows (a worrying feed). A poll that only confirmed the value
 * changes nothing here, so the widgets do not re-render for it.
 */
export function sameForWidget(a: FeedState | undefined, b: FeedState | undefined): boolean {
  return (
    sameContent(a, b) &&
    (a === undefined || b === undefined || !isWorrying(a) || a.lastSuccess === b.lastSuccess)
  );
}
