import type { CSSProperties } from 'react';
import type { Lang } from '../i18n/lang.js';
import type { District } from './districts.js';
import { mapMessages as m } from './messages.js';

/** Props of MapBreadcrumb. */
export interface MapBreadcrumbProps {
  /** Name of the whole map (the city). */
  rootName: string;
  /** The district drilled into, if any. */
  drilled: District | undefined;
  /** The selected district, offered for drilling when not drilled. */
  selected: District | undefined;
  /** Drill into a district, or back out with null. */
  onDrill: (code: string | null) => void;
  /** Screen language. */
  lang: Lang;
}

const bar: CSSProperties = {
  position: 'absolute',
  left: 8,
  top: 4,
  display: 'flex',
  gap: 6,
  alignItems: 'center',
  fontSize: 14,
  zIndex: 1,
};
const button: CSSProperties = {
  font: 'inherit',
  color: 'var(--os-accent)',
  background: 'transparent',
  border: '1px solid var(--os-border)',
  padding: '1px 8px',
  cursor: 'pointer',
};

/** City › county trail with keyboard-reachable back and drill buttons. */
export function MapBreadcrumb({ rootName, drilled, selected, onDrill, lang }: MapBreadcrumbProps) {
  return (
    <nav style={bar} aria-label={rootName}>
      {drilled ? (
        <>
          <button
            type="button"
            style={button}
            onClick={() => onDrill(null)}
            aria-label={m(lang, 'back', { name: rootName })}
          >
            ‹ {rootName}
          </button>
          <span aria-current="location">{drilled.name}</span>
        </>
      ) : (
        <>
          <span aria-current="location">{rootName}</span>
          {selected && (
            <button type="button" style={button} onClick={() => onDrill(selected.code)}>
              {m(lang, 'drill', { name: selected.name })} ›
            </button>
          )}
        </>
      )}
    </nav>
  );
}
