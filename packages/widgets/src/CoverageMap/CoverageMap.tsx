import type { EChartsType } from 'echarts/core';
import { type CSSProperties, useRef } from 'react';
import { ChartPending, EChart, type EChartRenderer } from '../echarts/EChart.js';
import { guardWidget } from '../frame/guardWidget.js';
import type { WidgetStatus } from '../frame/types.js';
import { WidgetFrame } from '../frame/WidgetFrame.js';
import { useSizeOf } from '../screen/useBoxSize.js';
import { CoverageSummaryBox } from './CoverageSummaryBox.js';
import { coverageParts } from './parts.js';
import { type CoverageMapData, useCoverageMap } from './useCoverageMap.js';

/** Props of CoverageMap. */
export interface CoverageMapProps extends CoverageMapData {
  /** Feed status; while `coverage` is null the map reports loading. */
  status?: WidgetStatus | undefined;
  /** Receives the chart instance once it exists. */
  onChartReady?: ((chart: EChartsType) => void) | undefined;
  /** 'canvas' (default) or 'svg' (the caller registers ECharts' SVGRenderer). */
  renderer?: EChartRenderer | undefined;
  /** Extra class on the root. */
  className?: string | undefined;
  /** Style on the root. */
  style?: CSSProperties | undefined;
}

/**
 * Stations with their response circles over the uncovered ground, the engine's largest gaps,
 * and a summary of covered share and km² per station against the target.
 */
export const CoverageMap = guardWidget(
  'CoverageMap',
  function CoverageMap(props: CoverageMapProps) {
    const { onChartReady, className, style } = props;
    const box = useRef<HTMLDivElement>(null);
    const summaryBox = useRef<HTMLElement>(null);
    const size = useSizeOf(box);
    const summary = useSizeOf(summaryBox);
    const view = useCoverageMap(props, size, summary);
    const status: WidgetStatus | undefined = view
      ? props.status
      : (props.status ?? { state: 'loading' });
    return (
      <WidgetFrame
        name="CoverageMap"
        title={props.title}
        status={status}
        empty={props.geojson.features.length === 0}
        table={view?.table}
        className={className}
        style={{ height: '100%', ...style }}
      >
        {view && (
          <div ref={box} style={{ position: 'relative', width: '100%', height: '100%' }}>
            {view.option ? (
              <EChart
                parts={coverageParts}
                option={view.option}
                renderer={props.renderer}
                {...(onChartReady ? { onReady: onChartReady } : {})}
              />
            ) : (
              !(props.geojson.features.length === 0) && <ChartPending />
            )}
            <CoverageSummaryBox
              ref={summaryBox}
              at={view.layout?.overlay?.rect}
              figures={view.figures}
              facts={view.facts}
              target={view.targetKm2PerStation}
              lang={view.lang}
            />
          </div>
        )}
      </WidgetFrame>
    );
  },
  {
    shapes: { geojson: 'collection', stations: 'list', coverage: 'objectOrNull', gaps: 'list' },
    // No boundaries, nothing to project: the empty (or loading) frame, without the map's hooks.
    placeholder: (p) =>
      p.geojson.features.length === 0 ? (
        <WidgetFrame name="CoverageMap" title={p.title} status={p.status} empty>
          {null}
        </WidgetFrame>
      ) : null,
  },
);
