import type { CSSProperties } from 'react';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { formatValue } from '../echarts/formatValue.js';
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

const list: CSSProperties = { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 };
const row: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: '2em minmax(0, 7em) 1fr auto',
  alignItems: 'center',
  gap: 10,
  fontSize: 15,
};
const badge: CSSProperties = {
  textAlign: 'center',
  fontSize: 14,
  lineHeight: '1.6em',
  borderRadius: 2,
};
const nameCell: CSSProperties = {
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
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
                    display: 'block',
                    height: '100%',
                    width: `${(r.ratio * 100).toFixed(2)}%`,
                    background: 'linear-gradient(90deg, var(--os-series-2), var(--os-accent))',
                    transition: still ? 'none' : 'width 0.6s ease-out',
                  }}
                />
              </span>
              <span className="os-num" style={{ fontSize: 16 }}>
                {formatValue(r.value, view.lang)}
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
