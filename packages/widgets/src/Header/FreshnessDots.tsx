import type { WidgetStatus } from '../frame/types.js';
import { useLang, useT } from '../i18n/context.js';
import { formatAge } from '../i18n/formatAge.js';
import { useNow } from '../screen/useNow.js';

/** One feed as the header shows it. */
export interface FeedFreshness {
  /** Short display name, e.g. "信访". */
  label: string;
  /** The feed's status (state and updatedAt are used). */
  status: WidgetStatus;
}

/** Props of FreshnessDots. */
export interface FreshnessDotsProps {
  /** Feeds in display order. */
  feeds: readonly FeedFreshness[];
}

/**
 * A dot per feed for the header's freshness slot: green live, amber stale, red failed, grey
 * loading; the label and age are text beside and inside each dot, so nothing relies on colour.
 */
export function FreshnessDots({ feeds }: FreshnessDotsProps) {
  const t = useT();
  const lang = useLang();
  useNow(10_000);
  const now = Date.now();
  return (
    <ul className="os-fresh">
      {feeds.map((f, i) => {
        const age =
          f.status.updatedAt === undefined ? '' : ` · ${formatAge(f.status.updatedAt, now, lang)}`;
        return (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: labels may repeat; order is the identity
            key={i}
            className="os-fresh__item"
            data-state={f.status.state}
            title={`${t(`feed.${f.status.state}`)}${age}`}
          >
            <span className="os-fresh__dot" aria-hidden="true" />
            <span>{f.label}</span>
            <span className="os-sr-only">
              {t(`feed.${f.status.state}`)}
              {age}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
