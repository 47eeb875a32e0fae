import type { EChartsType } from 'echarts/core';
import type { CSSProperties } from 'react';
import { EChart } from '../echarts/EChart.js';
import { formatChange } from '../echarts/formatValue.js';
import { guardWidget } from '../frame/guardWidget.js';
import type { WidgetStatus } from '../frame/types.js';
import { WidgetFrame } from '../frame/WidgetFrame.js';
import { trendMessages as m } from './messages.js';
import { trendParts } from './parts.js';
import { type TrendChartData, useTrendChart } from './useTrendChart.js';

/** Props of TrendChart. */
export interface TrendChartProps extends TrendChartData {
  /** Which direction of change is good: 'down' for petitions and fraud. Default 'up'. */
  goodDirection?: 'up' | 'down' | undefined;
  /** Feed status (loading, stale, error). */
  status?: WidgetStatus | undefined;
  /** Receives the chart instance once it exists. */
  onChartReady?: ((chart: EChartsType) => void) | undefined;
  /** Extra class on the root. */
  className?: string | undefined;
  /** Style on the root. */
  style?: CSSProperties | undefined;
}

const chip: CSSProperties = {
  fontSize: 14,
  padding: '0 6px',
  border: '1px solid currentColor',
  borderRadius: 2,
};
const toneColor = { good: 'var(--os-good)', bad: 'var(--os-bad)', flat: 'var(--os-muted)' };

/** Line, bar or area trend of several series with a same-months-last-year overlay and its change. */
export const TrendChart = guardWidget(
  'TrendChart',
  function TrendChart(props: TrendChartProps) {
    const { goodDirection = 'up', status, onChartReady, className, style } = props;
    const view = useTrendChart(props);
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
              {m(view.lang, 'yoy')} {formatChange(s.change, view.lang)}
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
        <EChart
          parts={trendParts}
          option={view.option}
          {...(onChartReady ? { onReady: onChartReady } : {})}
        />
      </WidgetFrame>
    );
  },
  { shapes: { categories: 'list', series: 'list' } },
);
