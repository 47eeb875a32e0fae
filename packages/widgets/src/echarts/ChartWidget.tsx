import type { EChartsType } from 'echarts/core';
import type { CSSProperties, ReactNode, RefObject } from 'react';
import type { WidgetStatus } from '../frame/types.js';
import type { A11yTable } from '../frame/WidgetFrame.js';
import { WidgetFrame } from '../frame/WidgetFrame.js';
import { ChartPending, EChart, type EChartRenderer, type EChartsPart } from './EChart.js';

/** Props every single-chart widget takes besides its data. */
export interface ChartChromeProps {
  /** Feed status (loading, stale, error). */
  status?: WidgetStatus | undefined;
  /** Receives the chart instance once it exists. */
  onChartReady?: ((chart: EChartsType) => void) | undefined;
  /** Extra class on the root. */
  className?: string | undefined;
  /** Style on the root. */
  style?: CSSProperties | undefined;
  /** 'canvas' (default) or 'svg' (the caller registers ECharts' SVGRenderer). */
  renderer?: EChartRenderer | undefined;
}

/** What a chart widget's hook hands to its view. */
interface ChartView {
  /** Null until the chart's size is known, for widgets that lay out for it. */
  option: Parameters<typeof EChart>[0]['option'] | null;
  empty: boolean;
  table?: A11yTable | undefined;
}

/**
 * One chart in a widget frame: the wiring HeatGrid and RingChart share, so each of them holds
 * only its data, its hook and its ECharts parts.
 */
export function ChartWidget(props: {
  name: string;
  title?: string | undefined;
  chrome: ChartChromeProps;
  parts: EChartsPart;
  view: ChartView;
  /** The chart's box, for widgets that measure it to lay themselves out. */
  bodyRef?: RefObject<HTMLDivElement | null> | undefined;
  /** Drawn over the chart's box (positioned against it): a key kept out of the canvas. */
  overlay?: ReactNode;
}) {
  const { status, onChartReady, className, style, renderer } = props.chrome;
  return (
    <WidgetFrame
      name={props.name}
      title={props.title}
      status={status}
      empty={props.view.empty}
      table={props.view.table}
      className={className}
      style={{ height: '100%', ...style }}
    >
      <div ref={props.bodyRef} style={{ position: 'relative', width: '100%', height: '100%' }}>
        {props.view.option ? (
          <EChart
            parts={props.parts}
            option={props.view.option}
            renderer={renderer}
            {...(onChartReady ? { onReady: onChartReady } : {})}
          />
        ) : (
          !props.view.empty && <ChartPending />
        )}
        {props.overlay}
      </div>
    </WidgetFrame>
  );
}
