import type { Lang } from '@onescreen/widgets';
import { feedFit } from './feedFit.js';
import type { LoadedFeed } from './loadFeed.js';
import { type EmbedProblem, problemText } from './messages.js';
import type { ParsedProps } from './parseProps.js';
import type { EmbedProps } from './widgets.js';

/** Where a custom element's feed stands: first load pending, last load good, or last load failed. */
export type FeedState =
  | { kind: 'none' }
  | { kind: 'loading'; url: string; pointer: string; last?: LoadedFeed }
  | { kind: 'ready'; url: string; pointer: string; last: LoadedFeed; rejected?: LoadedFeed }
  | { kind: 'error'; url: string; pointer: string; problem: EmbedProblem; last?: LoadedFeed };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `props` with a feed value over them: an object's keys become props, anything else `data`. */
function overlay(props: EmbedProps, value: unknown): EmbedProps {
  return isPlainObject(value) ? { ...props, ...value } : { ...props, data: value };
}

/** Widget props for an element, and the problem with its feed's data, if any. */
export interface FedProps {
  /** The props to render the widget with. */
  props: EmbedProps;
  /** The feed loaded but its data does not fit the widget (shown as a feed error). */
  misfit: EmbedProblem | null;
}

/**
 * The widget props for an element: the `props` attribute (nothing when it failed to parse),
 * overlaid by the feed value (an object's keys become props, anything else becomes `data`),
 * with a `status` saying how the feed stands, in `lang`. A loaded value that does not give
 * widget `type` the data it needs is an error naming what was needed and what came. Pure.
 */
export function feedProps(
  parsed: ParsedProps,
  feed: FeedState,
  type = '',
  lang: Lang = 'zh-CN',
): FedProps {
  const base: EmbedProps = parsed.ok ? { ...parsed.props } : {};
  if (feed.kind === 'none') return { props: base, misfit: null };
  const props = feed.last ? overlay(base, feed.last.value) : base;
  const asOf = feed.last?.asOf ? Date.parse(feed.last.asOf) : Number.NaN;
  const updatedAt = Number.isFinite(asOf) ? { updatedAt: asOf } : {};
  // A rejected value is checked again here, so its message follows the current language.
  const checked = (feed.kind === 'ready' && feed.rejected) || feed.last;
  const misfit = checked
    ? feedFit(lang, type, overlay(base, checked.value), checked.value, feed.pointer)
    : null;
  if (feed.kind === 'error' || misfit) {
    const problem = feed.kind === 'error' ? feed.problem : (misfit as EmbedProblem);
    props.status = {
      state: 'error',
      feed: feed.url,
      error: problemText(lang, problem),
      ...updatedAt,
    };
  } else if (feed.kind === 'loading') {
    // A reload keeps showing the last good data; only a first load shows the skeleton.
    props.status = feed.last
      ? { state: 'ready', feed: feed.url, ...updatedAt }
      : { state: 'loading', feed: feed.url };
  } else {
    props.status = { state: 'ready', feed: feed.url, ...updatedAt };
  }
  return { props, misfit };
}
