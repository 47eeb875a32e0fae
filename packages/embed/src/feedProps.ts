import type { LoadedFeed } from './loadFeed.js';
import type { ParsedProps } from './parseProps.js';
import type { EmbedProps } from './widgets.js';

/** Where a custom element's feed stands: first load pending, last load good, or last load failed. */
export type FeedState =
  | { kind: 'none' }
  | { kind: 'loading'; url: string; last?: LoadedFeed }
  | { kind: 'ready'; url: string; last: LoadedFeed }
  | { kind: 'error'; url: string; error: string; last?: LoadedFeed };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The widget props for an element: the `props` attribute (nothing when it failed to parse),
 * overlaid by the feed value (an object's keys become props, anything else becomes `data`),
 * with a `status` saying how the feed stands. Pure, so every case is testable without a DOM.
 */
export function feedProps(parsed: ParsedProps, feed: FeedState): EmbedProps {
  const props: EmbedProps = parsed.ok ? { ...parsed.props } : {};
  if (feed.kind !== 'none' && feed.last) {
    const value = feed.last.value;
    if (isPlainObject(value)) Object.assign(props, value);
    else props.data = value;
  }
  const asOf = feed.kind !== 'none' && feed.last?.asOf ? Date.parse(feed.last.asOf) : Number.NaN;
  const updatedAt = Number.isFinite(asOf) ? { updatedAt: asOf } : {};
  if (feed.kind === 'loading') {
    // A reload keeps showing the last good data; only a first load shows the skeleton.
    props.status = feed.last
      ? { state: 'ready', feed: feed.url, ...updatedAt }
      : { state: 'loading', feed: feed.url };
  } else if (feed.kind === 'error') {
    props.status = { state: 'error', feed: feed.url, error: feed.error, ...updatedAt };
  } else if (feed.kind === 'ready') {
    props.status = { state: 'ready', feed: feed.url, ...updatedAt };
  }
  return props;
}
