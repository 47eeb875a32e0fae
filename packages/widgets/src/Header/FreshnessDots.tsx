import { formatAge } from '@onescreen/core';
import { droppedText } from '../frame/droppedText.js';
import type { WidgetStatus } from '../frame/types.js';
import { useLang, useT } from '../i18n/context.js';
import { useNow } from '../screen/useNow.js';

/** One feed as the header shows it. */
export interface FeedFreshness {
  /** Short display name, e.g. "信访". */
  label: string;
  /** The feed's status (state, updatedAt, dropped and degraded are used). */
  status: WidgetStatus;
}

/** Props of FreshnessDots. */
export interface FreshnessDotsProps {
  /** Feeds in display order. */
  feeds: readonly FeedFreshness[];
}

/** Amber for a feed that lost too many records, unless it failed (red) or has nothing yet. */
function healthOf(status: WidgetStatus): 'degraded' | undefined {
  const settled = status.state === 'ready' || status.state === 'stale';
  return settled && status.degraded ? 'degraded' : undefined;
}

/**
 * A dot per feed for the header's freshness slot: green live, amber stale or partly invalid,
 * red failed, grey loading. The hover and the hidden text say the state, the age and how many
 * records were dropped (with the first reason), so nothing relies on colour.
 */
export function FreshnessDots({ feeds }: FreshnessDotsProps) {
  const t = useT();
  const lang = useLang();
  useNow(10_000);
  const now = Date.now();
  return (
    <ul className="os-fresh">
      {feeds.map((f, i) => {
        const health = healthOf(f.status);
        const state = t(health === 'degraded' ? 'feed.degraded' : `feed.${f.status.state}`);
        const age =
          f.status.updatedAt === undefined ? '' : ` · ${formatAge(now - f.status.updatedAt, lang)}`;
        const dropped = droppedText(t, f.status.dropped);
        return (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: labels may repeat; order is the identity
            key={i}
            className="os-fresh__item"
            data-state={f.status.state}
            data-health={health}
            title={`${state}${age}${dropped ? ` · ${dropped.short}` : ''}`}
          >
            <span className="os-fresh__dot" aria-hidden="true" />
            <span>{f.label}</span>
            <span className="os-sr-only">
              {state}
              {age}
              {dropped ? ` · ${dropped.spoken}` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
