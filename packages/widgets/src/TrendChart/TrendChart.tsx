import { formatGrouped, formatPercent } from '@onescreen/core';
import { type CSSProperties, useRef } from 'react';
import type { ChartChromeProps } from '../echarts/ChartWidget.js';
import { ChartPending, EChart } from '../echarts/EChart.js';
import { guardWidget } from '../frame/guardWidget.js';
import { WidgetFrame } from '../frame/WidgetFrame.js';
import { useSizeOf } from '../screen/useBoxSize.js';
import { trendMessages as m } from './messages.js';
import { trendParts } from './parts.js';
import { type TrendChartData, useTrendChart } from './useTrendChart.js';

/** Props of TrendChart: its data plus the props every chart widget takes. */
export interface TrendChartProps extends TrendChartData, ChartChromeProps {
  /** Which direction of change is good: 'down' for petitions and fraud. Default 'up'. */
  goodDirection?: 'up' | 'down' | undefined;
}

const chip: CSSProperties = {
  fontSize: 14,
  padding: '0 6px',
  border: '1px solid currentColor',
  borderRadius: 2,
};
const toneColor = { good: 'var(--os-good)', bad: 'var(--os-bad)', flat: 'var(--os-muted)' };

const fill: CSSProperties = { width: '100%', height: '100%' };

/**
 * Line, bar or area trend of several series with a same-months-last-year overlay and its change.
 * Laid out for its box: where the plot cannot keep its minimum height, the legend shares the
 * unit's row and ticks thin out, and below that the chart becomes a sparkline beside the
 * current value (data-trend-mode says which).
 */
export const TrendChart = guardWidget(
  'TrendChart',
  function TrendChart(props: TrendChartProps) {
    const { goodDirection = 'up', status, onChartReady, className, style, renderer } = props;
    const body = useRef<HTMLDivElement>(null);
    const view = useTrendChart(props, useSizeOf(body));
    const spark = view.layout?.mode === 'spark';
    const changes = view.summary.filter((s) => s.change != null);
    const actions = changes.length > 0 && (
      <span className="os-trend__yoy" style={{ display: 'inline-flex', gap: 8 }}>
        {changes.map((s) => {
          const better = goodDirection === 'up' ? (s.change ?? 0) > 0 : (s.change ?? 0) < 0;
          const tone = s.change === 0 ? 'flat' : better ? 'good' : 'bad';
          return (
            <span
              key={s.name}
              className="os-num"
              data-yoy={tone}
              style={{ ...chip, color: toneColor[tone] }}
            >
              {changes.length > 1 ? `${s.name} ` : ''}
              {m(view.lang, 'yoy')} {formatPercent(s.change, view.lang)}
            </span>
          );
        })}
      </span>
    );
    return (
      <WidgetFrame
        name="TrendChart"
        title={props.title}
        status={status}
        empty={view.empty}
        table={view.table}
        actions={actions}
        className={className}
        style={{ height: '100%', ...style }}
      >
        <div
          ref={body}
          className="os-trend__body"
          data-trend-mode={view.layout?.mode}
          data-plot-height={view.layout ? Math.round(view.layout.plotHeight) : undefined}
          style={{ ...fill, display: 'flex' }}
        >
          <div style={{ flex: '1 1 0', minWidth: 0, height: '100%' }}>
            {view.option ? (
              <EChart
                parts={trendParts}
                option={view.option}
                renderer={renderer}
                {...(onChartReady ? { onReady: onChartReady } : {})}
              />
            ) : (
              !view.empty && <ChartPending />
            )}
          </div>
          {spark && view.latest && (
            <p
              className="os-trend__now"
              style={{ flex: `0 0 ${view.layout?.nowWidth ?? 0}px` }}
              data-trend-now=""
            >
              <span className="os-trend__value os-num">
                {formatGrouped(view.latest.value, view.lang)}
              </span>
              {props.unit && <span className="os-trend__unit">{props.unit}</span>}
              <span className="os-trend__period">{view.latest.category}</span>
            </p>
          )}
        </div>
      </WidgetFrame>
    );
  },
  { shapes: { categories: 'list', series: 'list' } },
);
