import { formatGrouped } from '@onescreen/core';
import type { CSSProperties } from 'react';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { guardWidget } from '../frame/guardWidget.js';
import type { WidgetStatus } from '../frame/types.js';
import { WidgetFrame } from '../frame/WidgetFrame.js';
import { type RankingBoardData, useRankingBoard } from './useRankingBoard.js';

/** Props of RankingBoard. */
export interface RankingBoardProps extends RankingBoardData {
  /** Feed status (loading, stale, error). */
  status?: WidgetStatus | undefined;
  /** Extra class on the root. */
  className?: string | undefined;
  /** Style on the root. */
  style?: CSSProperties | undefined;
}

// One grid for the whole list, rows on its subgrid, so every name column has the width of the
// longest name that fits in half the row: names are shown whole where there is room, wrap onto
// a second line where there is not, and only then are cut (with the full name on hover).
const list: CSSProperties = {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  display: 'grid',
  gridTemplateColumns: '2em fit-content(50%) minmax(40px, 1fr) auto',
  columnGap: 10,
  rowGap: 8,
};
const row: CSSProperties = {
  display: 'grid',
  gridColumn: '1 / -1',
  gridTemplateColumns: 'subgrid',
  alignItems: 'center',
  fontSize: 15,
};
const badge: CSSProperties = {
  textAlign: 'center',
  fontSize: 14,
  lineHeight: '1.6em',
  borderRadius: 2,
};
const nameCell: CSSProperties = {
  display: '-webkit-box',
  WebkitBoxOrient: 'vertical',
  WebkitLineClamp: 2,
  overflow: 'hidden',
  lineHeight: 1.25,
  overflowWrap: 'anywhere',
};
// A bar is the track's full width scaled to its share: a new value glides on the compositor.
// Animating the width instead laid the page out again in every frame of the 0.6 s glide.
// The gradient scales with the bar, so it spans the bar's drawn length as before.
const bar: CSSProperties = {
  display: 'block',
  height: '100%',
  width: '100%',
  transformOrigin: 'left center',
  background: 'linear-gradient(90deg, var(--os-series-2), var(--os-accent))',
};
const track: CSSProperties = {
  height: 10,
  background: 'var(--os-grid)',
  borderRadius: 1,
  overflow: 'hidden',
};

/**
 * Horizontal ranked bars drawn in the DOM rather than ECharts: names stay crisp text at any
 * scale, the list is readable by screen readers as a list, and it ships no chart engine.
 */
export const RankingBoard = guardWidget(
  'RankingBoard',
  function RankingBoard(props: RankingBoardProps) {
    const { status, className, style, unit = '' } = props;
    const view = useRankingBoard(props);
    const still = useReducedMotion();
    return (
      <WidgetFrame
        name="RankingBoard"
        title={props.title}
        status={status}
        empty={view.empty}
        table={view.table}
        className={className}
        style={style}
      >
        <ol style={list} aria-hidden="true">
          {view.rows.map((r) => (
            <li key={`${r.rank}-${r.name}`} style={row} data-rank={r.rank}>
              <span
                className="os-num"
                style={{
                  ...badge,
                  background: r.rank <= 3 ? 'var(--os-accent)' : 'var(--os-grid)',
                  color: r.rank <= 3 ? 'var(--os-bg)' : 'var(--os-text)',
                }}
              >
                {r.rank}
              </span>
              <span style={nameCell} title={r.name}>
                {r.name}
              </span>
              <span style={track}>
                <span
                  data-bar=""
                  style={{
                    ...bar,
                    transform: `scaleX(${r.ratio.toFixed(4)})`,
                    transition: still ? 'none' : 'transform 0.6s ease-out',
                  }}
                />
              </span>
              <span className="os-num" style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
                {formatGrouped(r.value, view.lang)}
                <span style={{ color: 'var(--os-muted)', fontSize: 13, marginLeft: 2 }}>
                  {unit}
                </span>
              </span>
            </li>
          ))}
        </ol>
      </WidgetFrame>
    );
  },
  { shapes: { items: 'list' } },
);
