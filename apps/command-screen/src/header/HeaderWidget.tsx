import {
  districtByCode,
  type FeedClientState,
  feedAge,
  feedDrops,
  formatAge,
  formatDate,
  type LocalText,
} from '@onescreen/core';
import { useOnescreen, useOnescreenStore } from '@onescreen/core/react';
import { Header, translate, useNow } from '@onescreen/widgets';
import { sameContent } from '../feeds/widget-status.js';
import { type AppLang, tr } from '../i18n/text.js';
import { type ScreenApp, useScreenApp } from '../screen-context.js';
import { PeriodControl } from '../time/PeriodControl.js';

/** The screen's top band: title, Shanghai clock, the freshness of every feed, the selection. */
export function HeaderWidget() {
  const { lang, title, notices, kiosk, placeName, feedLabels } = useScreenApp();
  // A poll that only confirmed a feed's value does not re-render the header; the ages it
  // shows are read from the store at each render, which the 5 s tick brings.
  useOnescreen((s) => s.feeds, sameFeeds);
  const place = useOnescreen((s) => s.place);
  const store = useOnescreenStore();
  const now = useNow(5_000);
  const feeds = store.getState().feeds;
  const selectedName = place ? placeLabel(place, lang, placeName) : null;
  const dates = Object.values(feeds).map((f) => (f.asOf ? formatDate(f.asOf) : null));
  // One "as of" for the whole strip when every feed agrees; otherwise each feed shows its own.
  const shared =
    dates.length > 0 && dates.every((d) => d !== null && d === dates[0]) ? dates[0] : null;
  const freshness = (
    <span className="cs-freshness">
      {shared && (
        <span className="cs-freshness__asof">
          {tr(lang, 'asOf')} <span className="os-num">{shared}</span>
        </span>
      )}
      {Object.values(feeds).map((f) => {
        const age = feedAge(f, now);
        // Red when failing or when every record was refused; amber when many were dropped.
        const state =
          (f.lastError !== undefined && f.value) || f.health === 'failed'
            ? 'error'
            : f.health === 'degraded'
              ? 'degraded'
              : f.status;
        const drops = feedDrops(f);
        // The config's short name, else the feed's own title, else its name.
        const label = feedLabels[f.id]?.[lang] ?? f.value?.title?.[lang] ?? f.id;
        const detail = [
          f.asOf ? `${tr(lang, 'asOf')} ${formatDate(f.asOf)}` : '',
          formatAge(age, lang),
          drops ? translate(lang, 'dropped.spoken', { n: drops.count, total: drops.of }) : '',
          drops?.firstReason
            ? translate(lang, 'dropped.spokenReason', { reason: drops.firstReason })
            : '',
          f.lastError ?? '',
        ]
          .filter(Boolean)
          .join(' · ');
        return (
          <span
            key={f.id}
            className="cs-freshness__feed"
            data-feed={f.id}
            data-feed-state={state}
            title={detail}
          >
            <span className="cs-freshness__dot" aria-hidden="true" />
            <span className="cs-freshness__name">{label}</span>
            {!shared && (
              <span className="cs-freshness__age os-num">{f.asOf ? formatDate(f.asOf) : '—'}</span>
            )}
            <span className="os-sr-only">{detail}</span>
          </span>
        );
      })}
      {selectedName && (
        <span className="cs-selection" data-selected={place}>
          {tr(lang, 'selected')}: {selectedName}
          {!kiosk && (
            <button
              type="button"
              className="os-button"
              onClick={(event) => {
                event.stopPropagation();
                store.getState().selectPlace(undefined);
              }}
            >
              {tr(lang, 'allDistricts')}
            </button>
          )}
        </span>
      )}
      {notices.map((n) => (
        <span key={n} className="cs-notice" role="status">
          {n}
        </span>
      ))}
    </span>
  );
  return <Header title={title} freshness={freshness} tools={<PeriodControl />} />;
}

/** A selected place's name: a known district, else the map's boundaries, else its code. */
function placeLabel(code: string, lang: AppLang, placeName: ScreenApp['placeName']): string {
  const known = districtByCode(code);
  const name: LocalText | undefined = known
    ? { 'zh-CN': known.name, en: known.nameEn }
    : placeName(code);
  return name?.[lang] ?? code;
}

/** Whether every feed holds the same content (see sameContent) in both snapshots. */
function sameFeeds(a: FeedClientState, b: FeedClientState): boolean {
  const ids = Object.keys(a);
  return ids.length === Object.keys(b).length && ids.every((id) => sameContent(a[id], b[id]));
}
