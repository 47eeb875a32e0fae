import type { CSSProperties, Ref } from 'react';
import type { ChartPalette } from '../echarts/chartPalette.js';
import type { Lang } from '../i18n/lang.js';
import type { Rect } from '../maplayout/types.js';
import type { ClassBreak } from './classBreaks.js';
import { classColors, rangeLabel } from './compute.js';
import { mapMessages as m } from './messages.js';

/** Props of MapLegend. */
export interface MapLegendProps {
  /** Classes with their actual ranges and counts. */
  breaks: readonly ClassBreak[];
  /** How the classes were formed. */
  method: 'quantile' | 'natural';
  /** Districts without data. */
  noDataCount: number;
  /** Unit after values. */
  unit: string;
  /** Screen language. */
  lang: Lang;
  /** Theme colours. */
  palette: ChartPalette;
  /** Where the layout put it (px in the map's box); bottom left until laid out. */
  at?: Rect | undefined;
  /** The legend's element, measured so the layout can find it a corner. */
  ref?: Ref<HTMLElement> | undefined;
}

const box: CSSProperties = {
  position: 'absolute',
  left: 8,
  bottom: 8,
  margin: 0,
  width: 'max-content',
  whiteSpace: 'nowrap',
  padding: '6px 8px',
  fontSize: 13,
  background: 'color-mix(in srgb, var(--os-panel) 80%, transparent)',
  border: '1px solid var(--os-grid)',
};
const item: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: '14px auto auto',
  gap: 6,
  alignItems: 'center',
  lineHeight: 1.5,
};
const swatch = (color: string, dashed = false): CSSProperties => ({
  width: 14,
  height: 10,
  background: color,
  outline: dashed ? '1px dashed var(--os-muted)' : 'none',
});

/** Choropleth legend: each class's real range and district count, and the no-data colour. */
export function MapLegend({
  breaks,
  method,
  noDataCount,
  unit,
  lang,
  palette,
  at,
  ref,
}: MapLegendProps) {
  const colors = classColors(palette, breaks.length);
  const place: CSSProperties = at ? { left: at.x, top: at.y, bottom: 'auto' } : {};
  return (
    <figure ref={ref} style={{ ...box, ...place }} data-map-legend="">
      <figcaption style={{ color: 'var(--os-muted)', marginBottom: 2 }}>
        {m(lang, method === 'natural' ? 'legendNatural' : 'legendQuantile')}
        {unit ? ` · ${unit}` : ''}
      </figcaption>
      {breaks.map((b, i) => (
        <div key={b.threshold} style={item} data-class={i}>
          <span style={swatch(colors.classes[i] as string)} />
          <span className="os-num">{rangeLabel(b, lang)}</span>
          <span style={{ color: 'var(--os-muted)' }}>({m(lang, 'count', { count: b.count })})</span>
        </div>
      ))}
      {noDataCount > 0 && (
        <div style={item} data-class="none">
          <span style={swatch(colors.noData, true)} />
          <span>{m(lang, 'noData')}</span>
          <span style={{ color: 'var(--os-muted)' }}>
            ({m(lang, 'count', { count: noDataCount })})
          </span>
        </div>
      )}
    </figure>
  );
}
