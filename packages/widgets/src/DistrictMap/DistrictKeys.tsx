import type { KeyboardEvent } from 'react';
import type { Lang } from '../i18n/lang.js';
import type { District } from './districts.js';
import { mapMessages as m } from './messages.js';

/** Props of DistrictKeys. */
export interface DistrictKeysProps {
  /** Districts in the order keys move through them. */
  districts: readonly District[];
  /** Selected district code. */
  selected: string | null;
  /** A district received keyboard focus (null: focus left the list). */
  onFocusDistrict: (code: string | null) => void;
  /** Enter or Space on a district. */
  onSelect: (code: string) => void;
  /** Screen language. */
  lang: Lang;
}

function move(event: KeyboardEvent<HTMLButtonElement>, step: number): void {
  const items = [...(event.currentTarget.closest('ul')?.querySelectorAll('button') ?? [])];
  const next = items[(items.indexOf(event.currentTarget) + step + items.length) % items.length];
  next?.focus();
  event.preventDefault();
}

/**
 * One button per district, visually hidden: Tab or the arrow keys move through them (the map
 * highlights the focused district and shows its tooltip), Enter selects.
 */
export function DistrictKeys({
  districts,
  selected,
  onFocusDistrict,
  onSelect,
  lang,
}: DistrictKeysProps) {
  return (
    <ul className="os-sr-only" aria-label={m(lang, 'districts')}>
      {districts.map((d) => (
        <li key={d.code}>
          <button
            type="button"
            data-district={d.code}
            aria-pressed={d.code === selected}
            onFocus={() => onFocusDistrict(d.code)}
            onBlur={() => onFocusDistrict(null)}
            onClick={() => onSelect(d.code)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' || e.key === 'ArrowRight') move(e, 1);
              if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') move(e, -1);
            }}
          >
            {d.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
