import type { EChartsType } from 'echarts/core';
import type { CSSProperties } from 'react';
import { EChart } from '../echarts/EChart.js';
import { guardWidget } from '../frame/guardWidget.js';
import type { WidgetStatus } from '../frame/types.js';
import { WidgetFrame } from '../frame/WidgetFrame.js';
import { ringParts } from './parts.js';
import { type RingChartData, useRingChart } from './useRingChart.js';

/** Props of RingChart. */
export interface RingChartProps extends RingChartData {
  /** Feed status (loading, stale, error). */
  status?: WidgetStatus | undefined;
  /** Receives the chart instance once it exists. */
  onChartReady?: ((chart: EChartsType) => void) | undefined;
  /** Extra class on the root. */
  className?: string | undefined;
  /** Style on the root. */
  style?: CSSProperties | undefined;
}

/** Shares of a whole as a ring, with the total in the centre and each share in the legend. */
export const RingChart = guardWidget(
  'RingChart',
  function RingChart(props: RingChartProps) {
    const { status, onChartReady, className, style } = props;
    const view = useRingChart(props);
    return (
      <WidgetFrame
        name="RingChart"
        title={props.title}
        status={status}
        empty={view.empty}
        table={view.table}
        className={className}
        style={{ height: '100%', ...style }}
      >
        <EChart
          parts={ringParts}
          option={view.option}
          {...(onChartReady ? { onReady: onChartReady } : {})}
        />
      </WidgetFrame>
    );
  },
  { shapes: { items: 'list' } },
);
