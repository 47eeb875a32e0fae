import type { AppLang } from '../i18n/text.js';
import { tr } from '../i18n/text.js';
import type { ViewPointItem } from './PointDetailCard.js';

/**
 * One button per point on the map, visually hidden: a keyboard user tabs to a station and
 * opens its details with Enter, as a pointer user clicks its marker.
 */
export function PointKeys({
  points,
  onOpen,
  lang,
}: {
  points: readonly ViewPointItem[];
  onOpen: (id: string) => void;
  lang: AppLang;
}) {
  return (
    <ul className="os-sr-only" aria-label={tr(lang, 'pointList')}>
      {points.map((p) => (
        <li key={p.id}>
          <button type="button" data-point={p.id} onClick={() => onOpen(p.id)}>
            {p.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
