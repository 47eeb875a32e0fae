import type { CSSProperties } from 'react';
import { formatValue } from '../echarts/formatValue.js';
import type { Lang } from '../i18n/lang.js';
import { verdict } from './compute.js';
import type { CoverageFacts, CoverageFigures } from './facts.js';
import { coverageMessages as m } from './messages.js';

/** Props of CoverageSummaryBox. */
export interface CoverageSummaryBoxProps {
  /** Engine figures for the area stated. */
  figures: CoverageFigures;
  /** Area per station against the target. */
  facts: CoverageFacts;
  /** "One station per N km²". */
  target: number;
  /** Screen language. */
  lang: Lang;
}

const box: CSSProperties = {
  position: 'absolute',
  right: 8,
  top: 4,
  display: 'grid',
  gap: 6,
  padding: '8px 10px',
  background: 'color-mix(in srgb, var(--os-panel) 85%, transparent)',
  border: '1px solid var(--os-grid)',
  fontSize: 14,
  zIndex: 1,
};
const label: CSSProperties = { color: 'var(--os-muted)', fontSize: 13 };
const big: CSSProperties = { fontSize: 28, fontWeight: 600, lineHeight: 1.1 };

/** Covered share, km² per station against the target (with its verdict) and the station count. */
export function CoverageSummaryBox({ figures, facts, target, lang }: CoverageSummaryBoxProps) {
  const tone = facts.meetsTarget ? 'var(--os-good)' : 'var(--os-warn)';
  return (
    <dl style={box} data-coverage-summary="">
      <div>
        <dt style={label}>{m(lang, 'covered')}</dt>
        <dd style={{ margin: 0 }} className="os-num" data-covered="">
          <span style={big}>{formatValue(figures.coveredShare * 100, lang, 1)}</span>%
        </dd>
      </div>
      <div>
        <dt style={label}>
          {m(lang, 'perStation')} · {m(lang, 'target', { target })}
        </dt>
        <dd style={{ margin: 0, color: tone }} className="os-num" data-per-station="">
          <span style={big}>{formatValue(facts.km2PerStation, lang)}</span> km²
          <div style={{ fontSize: 13 }}>{verdict(facts, lang)}</div>
        </dd>
      </div>
      <div>
        <dt style={label}>{m(lang, 'stations')}</dt>
        <dd style={{ margin: 0 }} className="os-num">
          {m(lang, 'stationsValue', { count: figures.stations })}
        </dd>
      </div>
    </dl>
  );
}
