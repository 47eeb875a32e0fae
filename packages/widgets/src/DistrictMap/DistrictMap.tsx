import type { EChartsType } from 'echarts/core';
import { type CSSProperties, useCallback, useMemo, useRef, useState } from 'react';
import { ChartPending, EChart, type EChartRenderer } from '../echarts/EChart.js';
import { guardWidget } from '../frame/guardWidget.js';
import type { WidgetStatus } from '../frame/types.js';
import { WidgetFrame } from '../frame/WidgetFrame.js';
import { useBoxSize, useSizeOf } from '../screen/useBoxSize.js';
import { DistrictKeys } from './DistrictKeys.js';
import { MapBreadcrumb, type MapTrailStep } from './MapBreadcrumb.js';
import { MapFills } from './MapFills.js';
import { MapLegend } from './MapLegend.js';
import { MapPulses } from './MapPulses.js';
import { mapMessages } from './messages.js';
import { mapParts } from './parts.js';
import { type DistrictMapData, useDistrictMap } from './useDistrictMap.js';
import { useTipRefresh } from './useTipRefresh.js';

/** Props of DistrictMap. */
export interface DistrictMapProps extends DistrictMapData {
  /** Selected district code (controlled); omit to let the map keep its own. */
  selected?: string | null | undefined;
  /** Called with the clicked or keyed district's code, or null for a click outside every district. */
  onSelect?: ((code: string | null) => void) | undefined;
  /** Called with the district under the pointer or keyboard focus, and null when it leaves. */
  onHover?: ((code: string | null) => void) | undefined;
  /** District drilled into (controlled): the map shows only it; null shows the whole area. */
  drill?: string | null | undefined;
  /** Called to drill into a district (double click, drill button) or back out (null). */
  onDrill?: ((code: string | null) => void) | undefined;
  /** Name of the whole area for the breadcrumb (default: the features' `city` property). */
  areaName?: string | undefined;
  /**
   * Places above the areas shown, top first, when a host drills through its own boundary
   * layers (it passes the towns of a district as `geojson`): the breadcrumb leads back to each
   * through `onDrill(code)`, and to the top through `onDrill(null)`.
   */
  trail?: readonly MapTrailStep[] | undefined;
  /** Called with the ids of the points under a clicked marker (several for a cluster of close points). */
  onPointClick?: ((ids: readonly string[]) => void) | undefined;
  /** Feed status (loading, stale, error). */
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

/** useState that yields to a controlling prop when one is given. */
function useControlled<T>(
  value: T | undefined,
  initial: T,
  onChange?: (v: T) => void,
): [T, (v: T) => void] {
  const [own, setOwn] = useState(initial);
  const set = useCallback(
    (v: T) => {
      setOwn(v);
      onChange?.(v);
    },
    [onChange],
  );
  return [value === undefined ? own : value, set];
}

/** Choropleth of any district GeoJSON with selection, city → county drill, legend and points. */
export const DistrictMap = guardWidget(
  'DistrictMap',
  function DistrictMap(props: DistrictMapProps) {
    const { status, onChartReady, className, style } = props;
    const [selected, select] = useControlled<string | null>(props.selected, null, props.onSelect);
    const [drill, setDrill] = useControlled<string | null>(props.drill, null, props.onDrill);
    const box = useRef<HTMLDivElement>(null);
    const crumb = useRef<HTMLElement>(null);
    const legendBox = useRef<HTMLElement>(null);
    const size = useSizeOf(box);
    const topBar = useBoxSize(crumb);
    const legend = useSizeOf(legendBox);
    const view = useDistrictMap(props, selected, drill, { size, topBar, legend });
    const chart = useRef<EChartsType | null>(null);
    const tip = useTipRefresh(chart, props.values);
    const hover = useRef(props.onHover);
    hover.current = props.onHover;
    const pointClick = useRef(props.onPointClick);
    pointClick.current = props.onPointClick;
    const byCode = useMemo(() => new Map(view.all.map((d) => [d.code, d])), [view.all]);
    const rootName =
      props.areaName ??
      String(props.geojson.features[0]?.properties?.city ?? mapMessages(view.lang, 'all'));

    const events = useMemo(
      () => ({
        click: (p: Record<string, unknown>) => {
          if (p.componentType === 'geo') select(String(p.name));
          const ids = (p.data as { ids?: unknown } | undefined)?.ids;
          if (p.componentType === 'series' && p.seriesId === 'points' && Array.isArray(ids)) {
            pointClick.current?.(ids.map(String));
          }
        },
        mouseover: (p: Record<string, unknown>) => {
          if (p.componentType === 'geo') hover.current?.(String(p.name));
        },
        mouseout: (p: Record<string, unknown>) => {
          if (p.componentType === 'geo') hover.current?.(null);
        },
        dblclick: (p: Record<string, unknown>) => {
          if (p.componentType === 'geo' && !drill) setDrill(String(p.name));
        },
      }),
      [select, setDrill, drill],
    );
    const onReady = useCallback(
      (c: EChartsType) => {
        chart.current = c;
        tip.follow(c);
        onChartReady?.(c);
      },
      [onChartReady, tip.follow],
    );
    const focusDistrict = useCallback(
      (code: string | null) => {
        hover.current?.(code);
        tip.keyed(code);
        const c = chart.current;
        if (!c || c.isDisposed()) return;
        c.dispatchAction({ type: 'downplay', geoIndex: 0 });
        if (code === null) {
          c.dispatchAction({ type: 'hideTip' });
          return;
        }
        c.dispatchAction({ type: 'highlight', geoIndex: 0, name: code });
        c.dispatchAction({ type: 'showTip', geoIndex: 0, name: code });
      },
      [tip.keyed],
    );
    const empty = view.all.length === 0;
    // Which districts pulse, for monitoring and tests (the canvas cannot be read).
    const alertedCodes = Object.keys(props.alerted ?? {})
      .filter((code) => byCode.has(code))
      .sort()
      .join(' ');
    const noData = view.all.filter((d) => props.values[d.code] == null).length;

    return (
      <WidgetFrame
        name="DistrictMap"
        title={props.title}
        status={status}
        empty={empty}
        table={view.table}
        className={className}
        style={{ height: '100%', ...style }}
      >
        <div
          ref={box}
          style={{ position: 'relative', width: '100%', height: '100%' }}
          data-alerted={alertedCodes || undefined}
        >
          {/* First: the chart, the breadcrumb and the legend are drawn over it. */}
          <MapFills paths={view.paths} fills={view.fills} />
          <MapBreadcrumb
            ref={crumb}
            rootName={rootName}
            drilled={drill ? byCode.get(drill) : undefined}
            selected={selected ? byCode.get(selected) : undefined}
            onDrill={setDrill}
            lang={view.lang}
            trail={props.trail}
          />
          {view.option ? (
            <EChart
              parts={mapParts}
              option={view.option}
              events={events}
              onBlankClick={() => select(null)}
              onReady={onReady}
              renderer={props.renderer}
            />
          ) : (
            !empty && <ChartPending />
          )}
          <MapPulses pulses={view.pulses} still={view.reducedMotion} colors={view.palette.level} />
          <DistrictKeys
            districts={view.shown}
            selected={selected}
            onFocusDistrict={focusDistrict}
            onSelect={select}
            lang={view.lang}
          />
          <MapLegend
            ref={legendBox}
            at={view.layout?.overlay?.rect}
            breaks={view.breaks}
            method={view.classMethod}
            noDataCount={noData}
            unit={props.unit ?? ''}
            lang={view.lang}
            palette={view.palette}
          />
        </div>
      </WidgetFrame>
    );
  },
  {
    shapes: { geojson: 'collection', values: 'record', points: 'list', alerted: 'record' },
    // No boundaries, nothing to project: the empty (or loading) frame, without the map's hooks.
    placeholder: (p) =>
      p.geojson.features.length === 0 ? (
        <WidgetFrame name="DistrictMap" title={p.title} status={p.status} empty>
          {null}
        </WidgetFrame>
      ) : null,
  },
);
