import type { EChartsType } from 'echarts/core';
import type { CSSProperties } from 'react';
import { EChart } from '../echarts/EChart.js';
import { guardWidget } from '../frame/guardWidget.js';
import type { WidgetStatus } from '../frame/types.js';
import { WidgetFrame } from '../frame/WidgetFrame.js';
import { heatParts } from './parts.js';
import { type HeatGridData, useHeatGrid } from './useHeatGrid.js';

/** Props of HeatGrid. */
export interface HeatGridProps extends HeatGridData {
  /** Feed status (loading, stale, error). */
  status?: WidgetStatus | undefined;
  /** Receives the chart instance once it exists. */
  onChartReady?: ((chart: EChartsType) => void) | undefined;
  /** Extra class on the root. */
  className?: string | undefined;
  /** Style on the root. */
  style?: CSSProperties | undefined;
}

/** Hour (0–23) × weekday (周一..周日) heat map, e.g. fraud cases by time of day. */
export const HeatGrid = guardWidget(
  'HeatGrid',
  function HeatGrid(props: HeatGridProps) {
    const { status, onChartReady, className, style } = props;
    const view = useHeatGrid(props);
    return (
      <WidgetFrame
        name="HeatGrid"
        title={props.title}
        status={status}
        empty={view.empty}
        table={view.table}
        className={className}
        style={{ height: '100%', ...style }}
      >
        <EChart
          parts={heatParts}
          option={view.option}
          {...(onChartReady ? { onReady: onChartReady } : {})}
        />
      </WidgetFrame>
    );
  },
  { shapes: { values: 'list' } },
);
