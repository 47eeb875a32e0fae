import type { PointsView } from '@onescreen/core';
import { useEffect, useRef, useState } from 'react';
import { type AppLang, tr } from '../i18n/text.js';

/** One point of a points view. */
export type ViewPointItem = PointsView['points'][number];

/** Props of PointDetailCard. */
export interface PointDetailCardProps {
  /** The points under the clicked marker (one, or several drawn as a cluster); the first is shown. */
  points: readonly ViewPointItem[];
  /** Close the card. */
  onClose: () => void;
  /** Screen language. */
  lang: AppLang;
}

/**
 * A station's or incident's fields over the map, as its binding's `detail` lists them. Every
 * value is feed text rendered as text (React escapes it), never as markup. A cluster lists its
 * other points as buttons to show instead. Esc or the close button closes it; focus moves to
 * the card so a keyboard user lands in it.
 */
export function PointDetailCard({ points, onClose, lang }: PointDetailCardProps) {
  const ref = useRef<HTMLElement>(null);
  const [shown, setShown] = useState(0);
  const point = points[Math.min(shown, points.length - 1)] as ViewPointItem;
  useEffect(() => {
    ref.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: only keeps the click from the map below; Esc and the button close it
    <section
      ref={ref}
      className="cs-point-card"
      role="dialog"
      aria-label={`${tr(lang, 'pointDetails')}: ${point.name}`}
      data-point-card={point.id}
      tabIndex={-1}
      onClick={(event) => event.stopPropagation()}
    >
      <header className="cs-point-card__head">
        <h3 className="cs-point-card__name">{point.name}</h3>
        <button type="button" className="os-button" onClick={onClose}>
          {tr(lang, 'closeDetails')}
        </button>
      </header>
      <dl className="cs-point-card__fields">
        {point.detail.map((d, i) => (
          // Fields may repeat a label; their order is the binding's.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is the binding's fixed order
          <div key={i}>
            <dt>{d.label[lang]}</dt>
            <dd className="os-num">{d.text[lang]}</dd>
          </div>
        ))}
      </dl>
      {points.length > 1 && (
        <nav className="cs-point-card__others" aria-label={tr(lang, 'pointsHere')}>
          {points.map((p, i) => (
            <button
              key={p.id}
              type="button"
              className="os-button"
              aria-pressed={p.id === point.id}
              data-point-option={p.id}
              onClick={() => setShown(i)}
            >
              {p.name}
            </button>
          ))}
        </nav>
      )}
    </section>
  );
}
