import { formatNumber } from '@onescreen/core';
import { WidgetFrame, type WidgetStatus } from '@onescreen/widgets';
import type { View } from '../adapters/views.js';
import type { AppLang } from '../i18n/text.js';
import { pick } from './pick.js';

/** Props of FallbackView. */
export interface FallbackViewProps {
  /** Widget type from the config, written to data-widget. */
  name: string;
  title: string | undefined;
  view: View | null;
  status: WidgetStatus;
  lang: AppLang;
}

/**
 * Plain DOM rendering of a view for a widget type the library does not offer (yet): the
 * numbers still reach the wall, as text, with the same frame, states and error handling.
 */
export function FallbackView({ name, title, view, status, lang }: FallbackViewProps) {
  const empty = view !== null && isEmpty(view);
  return (
    <WidgetFrame name={name} title={title} status={status} empty={empty} style={{ height: '100%' }}>
      {view && <Body view={view} lang={lang} />}
    </WidgetFrame>
  );
}

function isEmpty(view: View): boolean {
  switch (view.kind) {
    case 'kpi':
      return view.value === null;
    case 'parts':
      return view.items.length === 0;
    case 'series':
      return view.series.length === 0;
    case 'rows':
      return view.rows.length === 0;
    case 'stages':
      return view.stages.every((s) => s.reached === 0);
    case 'map':
      return view.values.length === 0;
    case 'stations':
      return view.stations.length === 0;
    default:
      return false;
  }
}

function Body({ view, lang }: { view: View; lang: AppLang }) {
  const n = (v: number, digits = 0) => formatNumber(v, lang, { maximumFractionDigits: digits });
  switch (view.kind) {
    case 'kpi':
      return (
        <p className="cs-fallback-kpi">
          <span className="os-num">
            {view.value === null ? '—' : n(view.value, view.precision)}
          </span>{' '}
          {pick(view.unit, lang)} <small>{pick(view.period, lang)}</small>
        </p>
      );
    case 'parts':
      return (
        <ul className="cs-fallback-list">
          {view.items.map((i) => (
            <li key={i.id}>
              <span>{pick(i.name, lang)}</span>
              <span className="os-num">
                {n(i.value)}
                {i.total !== undefined ? ` / ${n(i.total)}` : ''} {pick(view.unit, lang)}
              </span>
            </li>
          ))}
        </ul>
      );
    case 'lights':
      return (
        <ul className="cs-fallback-list">
          <li>
            <span>红 / Red</span> <span className="os-num">{n(view.red)}</span>
          </li>
          <li>
            <span>黄 / Yellow</span> <span className="os-num">{n(view.yellow)}</span>
          </li>
          <li>
            <span>绿 / Green</span> <span className="os-num">{n(view.green)}</span>
          </li>
        </ul>
      );
    case 'stages':
      return (
        <ol className="cs-fallback-list">
          {view.stages.map((s) => (
            <li key={s.id}>
              <span>{pick(s.name, lang)}</span> <span className="os-num">{n(s.reached)}</span>
            </li>
          ))}
        </ol>
      );
    case 'rows':
      return (
        <ul className="cs-fallback-list">
          {view.rows.slice(0, 8).map((r) => (
            <li key={r.id}>
              {view.columns.map((c) => (
                <span key={c.id}>
                  {r.cells[c.id] ?? r.cells[`${c.id}.${lang === 'en' ? 'en' : 'zh'}`] ?? ''}
                </span>
              ))}
            </li>
          ))}
        </ul>
      );
    default:
      return null;
  }
}
