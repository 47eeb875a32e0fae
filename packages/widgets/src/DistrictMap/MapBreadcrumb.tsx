import type { CSSProperties, Ref } from 'react';
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
  /** The bar's element, measured so the map keeps clear of it. */
  ref?: Ref<HTMLElement> | undefined;
  /**
   * The places above what the map shows, top first (a host drilling through boundary layers:
   * district › town). When given, each is a button back to it and `drilled` is not used.
   */
  trail?: readonly MapTrailStep[] | undefined;
}

/** One place of a breadcrumb trail. */
export interface MapTrailStep {
  /** Place code handed to onDrill. */
  code: string;
  /** Its name. */
  name: string;
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
export function MapBreadcrumb({
  rootName,
  drilled,
  selected,
  onDrill,
  lang,
  ref,
  trail,
}: MapBreadcrumbProps) {
  if (trail) return <TrailCrumbs {...{ rootName, selected, onDrill, lang, trail, ref }} />;
  return (
    <nav ref={ref} style={bar} aria-label={rootName}>
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

/** Root › place › place [› selected]: every place above the current one is a way back. */
function TrailCrumbs({
  rootName,
  selected,
  onDrill,
  lang,
  trail,
  ref,
}: Pick<MapBreadcrumbProps, 'rootName' | 'selected' | 'onDrill' | 'lang' | 'ref'> & {
  trail: readonly MapTrailStep[];
}) {
  const current = trail[trail.length - 1];
  return (
    <nav
      ref={ref}
      style={bar}
      aria-label={rootName}
      data-trail={trail.map((s) => s.code).join(' ')}
    >
      {trail.length === 0 ? (
        <span aria-current={selected ? undefined : 'location'}>{rootName}</span>
      ) : (
        <button
          type="button"
          style={button}
          data-crumb=""
          onClick={() => onDrill(null)}
          aria-label={m(lang, 'back', { name: rootName })}
        >
          {rootName}
        </button>
      )}
      {trail.map((step) => (
        <span key={step.code} style={{ display: 'contents' }}>
          <span aria-hidden="true">›</span>
          {step === current && !selected ? (
            <span aria-current="location">{step.name}</span>
          ) : (
            <button
              type="button"
              style={button}
              data-crumb={step.code}
              onClick={() => onDrill(step.code)}
              aria-label={m(lang, 'back', { name: step.name })}
            >
              {step.name}
            </button>
          )}
        </span>
      ))}
      {selected && (
        <>
          <span aria-hidden="true">›</span>
          <span aria-current="location">{selected.name}</span>
        </>
      )}
    </nav>
  );
}
