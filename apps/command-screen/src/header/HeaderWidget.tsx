import { districtByCode, feedAge, formatAge, formatDate } from '@onescreen/core';
import { useOnescreen, useOnescreenStore } from '@onescreen/core/react';
import { Header, useNow } from '@onescreen/widgets';
import { type AppLang, tr } from '../i18n/text.js';
import { type ScreenApp, useScreenApp } from '../screen-context.js';
import { feedLabel } from './feed-labels.js';

/** The screen's top band: title, Shanghai clock, the freshness of every feed, the selection. */
export function HeaderWidget() {
  const { lang, title, notices, kiosk, boundaries } = useScreenApp();
  const feeds = useOnescreen((s) => s.feeds);
  const place = useOnescreen((s) => s.place);
  const store = useOnescreenStore();
  const now = useNow(5_000);
  const selectedName = place ? districtName(place.slice(0, 6), lang, boundaries) : null;
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
        const state = f.lastError !== undefined && f.value ? 'error' : f.status;
        const label = feedLabel(f.id, lang);
        const detail = [
          f.asOf ? `${tr(lang, 'asOf')} ${formatDate(f.asOf)}` : '',
          formatAge(age, lang),
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
  return <Header title={title} freshness={freshness} />;
}

/** A district's name: from the ten report districts, else from the map's boundaries. */
function districtName(code: string, lang: AppLang, boundaries: ScreenApp['boundaries']): string {
  const known = districtByCode(code);
  if (known) return lang === 'en' ? known.nameEn : known.name;
  const feature = boundaries?.find((f) => String(f.id ?? f.properties.adcode) === code);
  const name = feature?.properties.name;
  return typeof name === 'string' ? name : code;
}
