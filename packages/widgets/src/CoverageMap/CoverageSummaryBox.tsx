import { formatGrouped } from '@onescreen/core';
import type { CSSProperties, Ref } from 'react';
import type { Lang } from '../i18n/lang.js';
import type { Rect } from '../maplayout/types.js';
import type { CoverageFacts, CoverageFigures } from './facts.js';
import { coverageMessages as m } from './messages.js';
import { verdict } from './words.js';

/** Props of CoverageSummaryBox. */
export interface CoverageSummaryBoxProps {
  /** Engine figures for the area stated. */
  figures: CoverageFigures;
  /** Area per station against the target. */
  facts: CoverageFacts;
  /** "One station per N km²". */
  target?: number | undefined;
  /** Screen language. */
  lang: Lang;
  /** Where the layout put it (px in the map's box); top right until laid out. */
  at?: Rect | undefined;
  /** The box's element, measured so the layout can find it a corner. */
  ref?: Ref<HTMLElement> | undefined;
}

const box: CSSProperties = {
  position: 'absolute',
  right: 8,
  top: 4,
  margin: 0,
  width: 'max-content',
  maxWidth: '45%',
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
export function CoverageSummaryBox({
  figures,
  facts,
  target,
  lang,
  at,
  ref,
}: CoverageSummaryBoxProps) {
  const tone =
    facts.meetsTarget === null
      ? 'inherit'
      : facts.meetsTarget
        ? 'var(--os-good)'
        : 'var(--os-warn)';
  const place: CSSProperties = at ? { left: at.x, top: at.y, right: 'auto' } : {};
  return (
    <dl ref={ref as Ref<HTMLDListElement>} style={{ ...box, ...place }} data-coverage-summary="">
      <div>
        <dt style={label}>{m(lang, 'covered')}</dt>
        <dd style={{ margin: 0 }} className="os-num" data-covered="">
          <span style={big}>{formatGrouped(figures.coveredShare * 100, lang, 1)}</span>%
        </dd>
      </div>
      <div>
        <dt style={label}>
          {m(lang, 'perStation')}
          {target !== undefined && ` · ${m(lang, 'target', { target })}`}
        </dt>
        <dd style={{ margin: 0, color: tone }} className="os-num" data-per-station="">
          <span style={big}>{formatGrouped(facts.km2PerStation, lang)}</span> km²
          {facts.meetsTarget !== null && <div style={{ fontSize: 13 }}>{verdict(facts, lang)}</div>}
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
