import type { CSSProperties } from 'react';
import type { RegionPath } from './fills.js';

// Inline, not only in styles.css: a page that embeds the map without the stylesheet must still
// get a layer that lies under the chart and lets clicks through to it.
const layer: CSSProperties = {
  position: 'absolute',
  inset: 0,
  width: '100%',
  height: '100%',
  overflow: 'hidden',
  pointerEvents: 'none',
};

/** Props of MapFills. */
export interface MapFillsProps {
  /** The districts' outlines at the current layout (regionPaths). */
  paths: readonly RegionPath[];
  /** Fill per district code (regionFills). */
  fills: Readonly<Record<string, string>>;
}

/**
 * The choropleth's colours, under the chart's canvas, which draws outlines, names, markers and
 * hover. A value update changes only these fills: ECharts rebuilt and repainted every region's
 * geometry on each option it was given (57 ms for Hangzhou, most of a petitions update; far more
 * for a thousand towns), while here the browser repaints the same paths in new colours. Hidden
 * from assistive technology: the map's table says the values; clicks go through to the chart.
 */
export function MapFills({ paths, fills }: MapFillsProps) {
  return (
    <svg className="os-map-fills" style={layer} aria-hidden="true" focusable="false">
      {paths.map((p) => (
        <path key={p.code} d={p.d} fill={fills[p.code]} fillRule="evenodd" data-fill={p.code} />
      ))}
    </svg>
  );
}
