import { useRef } from 'react';
import { type ChartChromeProps, ChartWidget } from '../echarts/ChartWidget.js';
import { guardWidget } from '../frame/guardWidget.js';
import { useSizeOf } from '../screen/useBoxSize.js';
import { HeatScale } from './HeatScale.js';
import { heatParts } from './parts.js';
import { type HeatGridData, useHeatGrid } from './useHeatGrid.js';

/** Props of HeatGrid: its data plus the props every chart widget takes. */
export interface HeatGridProps extends HeatGridData, ChartChromeProps {}

/** Hour (0–23) × weekday (周一..周日) heat map, e.g. fraud cases by time of day. */
export const HeatGrid = guardWidget(
  'HeatGrid',
  function HeatGrid(props: HeatGridProps) {
    const body = useRef<HTMLDivElement>(null);
    const view = useHeatGrid(props, useSizeOf(body));
    return (
      <ChartWidget
        name="HeatGrid"
        title={props.title}
        chrome={props}
        parts={heatParts}
        bodyRef={body}
        view={view}
        overlay={view.option && !view.empty ? <HeatScale legend={view.legend} /> : null}
      />
    );
  },
  { shapes: { values: 'list' } },
);
