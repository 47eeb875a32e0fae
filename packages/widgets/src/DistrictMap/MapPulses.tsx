import type { CSSProperties } from 'react';
import type { AlertPulse } from './compute.js';

/** Props of MapPulses. */
export interface MapPulsesProps {
  /** The pulses at the current layout (alertPulses). */
  pulses: readonly AlertPulse[];
  /** A still ring instead of the ripple. */
  still: boolean;
  /** Colour of each level (the palette's, as the region outlines use). */
  colors: Readonly<Record<AlertPulse['level'], string>>;
}

/**
 * Alert pulses over the map's canvas: a dot and two rings per alerted district, animated by
 * CSS (transform and opacity only, so the compositor runs them and the map never repaints
 * for them). Hidden from assistive technology: the alert list and the region's outline say
 * the same in words and colour. Clicks go through to the district under it.
 */
export function MapPulses({ pulses, still, colors }: MapPulsesProps) {
  if (pulses.length === 0) return null;
  return (
    <div className="os-map-pulses" aria-hidden="true" data-still={still || undefined}>
      {pulses.map((p) => (
        <span
          key={p.code}
          className="os-map-pulse"
          data-map-pulse={p.code}
          data-level={p.level}
          style={{ left: p.x, top: p.y, '--os-pulse': colors[p.level] } as CSSProperties}
        >
          <span className="os-map-pulse__ring" />
          <span className="os-map-pulse__ring" />
        </span>
      ))}
    </div>
  );
}
