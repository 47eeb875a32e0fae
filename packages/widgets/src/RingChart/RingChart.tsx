import { useRef } from 'react';
import { type ChartChromeProps, ChartWidget } from '../echarts/ChartWidget.js';
import { guardWidget } from '../frame/guardWidget.js';
import { useSizeOf } from '../screen/useBoxSize.js';
import { ringParts } from './parts.js';
import { type RingChartData, useRingChart } from './useRingChart.js';

/** Props of RingChart: its data plus the props every chart widget takes. */
export interface RingChartProps extends RingChartData, ChartChromeProps {}

/**
 * Shares of a whole as a ring, with the total in the centre and each share in the legend,
 * laid out for the box it gets: legend beside or under the ring, nothing meeting.
 */
export const RingChart = guardWidget(
  'RingChart',
  function RingChart(props: RingChartProps) {
    const body = useRef<HTMLDivElement>(null);
    return (
      <ChartWidget
        name="RingChart"
        title={props.title}
        chrome={props}
        parts={ringParts}
        bodyRef={body}
        view={useRingChart(props, useSizeOf(body))}
      />
    );
  },
  { shapes: { items: 'list' } },
);
