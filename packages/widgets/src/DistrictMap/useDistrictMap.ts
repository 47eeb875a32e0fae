import type { AreaCollection } from '@onescreen/geo';
import { useCallback, useMemo, useRef } from 'react';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { registerMapOnce } from '../echarts/registerMapOnce.js';
import { usePalette } from '../echarts/usePalette.js';
import { useTextMeasure } from '../echarts/useTextMeasure.js';
import { useLang } from '../i18n/context.js';
import { mapGeometry } from '../maplayout/geometry.js';
import { occupancy } from '../maplayout/occupancy.js';
import type { Corner, Rect, Size } from '../maplayout/types.js';
import { quantileBreaks } from './classBreaks.js';
import {
  alertPulses,
  districtMapOption,
  districtTable,
  type MapPoint,
  noDataCodes,
} from './compute.js';
import { districtsOf } from './districts.js';
import { regionFills, regionPaths } from './fills.js';
import { districtLayout } from './layout.js';
import { mapMessages } from './messages.js';
import { naturalBreaks } from './naturalBreaks.js';

/** Inputs of useDistrictMap. */
export interface DistrictMapData {
  /** Boundaries: a FeatureCollection of Polygon/MultiPolygon, ids or properties.adcode as codes. */
  geojson: AreaCollection;
  /** Stable name to register the boundaries under (one registration per name, ever). */
  mapName: string;
  /** Value per district code. */
  values: Readonly<Record<string, number | null | undefined>>;
  /** Labelled points (stations, towns); points that would touch are drawn as one with a count. */
  points?: readonly MapPoint[] | undefined;
  /** Number of legend classes, 5 by default. */
  classes?: number | undefined;
  /** 'quantile' (default: about equal counts per class) or 'natural' (breaks between clusters). */
  classMethod?: 'quantile' | 'natural' | undefined;
  /** Unit after values. */
  unit?: string | undefined;
  /** One-line title. */
  title?: string | undefined;
  /** Corners the legend may take, best first; it takes the first that hides no land. */
  legendCorners?: readonly Corner[] | undefined;
  /**
   * Districts an alert concerns, by code, with the alert's level: outlined in the level's
   * colour, with a pulse at their label point (a still ring under reduced motion).
   */
  alerted?: Readonly<Record<string, AlertMapLevel>> | undefined;
}

/** The level of an alert a district is outlined for. */
export type AlertMapLevel = 'notice' | 'warning' | 'critical';

const noAlerts: Readonly<Record<string, AlertMapLevel>> = {};
const noValues: Readonly<Record<string, number>> = {};

/** The measured boxes a layout needs: the chart, the breadcrumb and the legend. */
export interface MapBoxes {
  /** The chart's size; null until measured (no option is built before). */
  size: Size | null;
  /** The breadcrumb's box. */
  topBar: Rect | null;
  /** The legend's size. */
  legend: Size | null;
}

const noPoints: readonly MapPoint[] = [];
const allCorners: readonly Corner[] = ['bottom-left', 'top-right', 'bottom-right', 'top-left'];

/**
 * Option, legend classes, districts and table of a district map at a drill level and size.
 * Three memo layers, so each update does only its own work: the geometry (projection, label
 * points, land raster, ECharts registration) changes with the boundaries or the drill level;
 * the layout (frame, clusters, label placement) with the size, points or selection; the chart's
 * option with those and the alerts, never with values. A value update recolours the fill layer
 * (MapFills) and rewrites the table; the chart is left alone.
 */
export function useDistrictMap(
  data: DistrictMapData,
  selected: string | null,
  drillTo: string | null,
  boxes: MapBoxes,
) {
  const {
    geojson,
    mapName,
    values,
    points: givenPoints = noPoints,
    classes = 5,
    classMethod = 'quantile',
    unit = '',
    title,
    legendCorners = allCorners,
    alerted: givenAlerts = noAlerts,
  } = data;
  // Points and alerts kept by content: a feed update hands over new objects with the same
  // stations and the same alerts, and a new identity would lay the map out and redraw it.
  const points = useSameContent(givenPoints);
  const alerted = useSameContent(givenAlerts);
  const lang = useLang();
  const palette = usePalette();
  const reducedMotion = useReducedMotion();
  const measure = useTextMeasure(palette.font);
  const name = title ?? mapMessages(lang, 'untitled');
  const all = useMemo(() => districtsOf(geojson), [geojson]);
  // Classes come from every district, so a drilled-in district keeps the colour it had.
  const breaks = useMemo(() => {
    const list = all.map((d) => values[d.code]);
    return classMethod === 'natural' ? naturalBreaks(list, classes) : quantileBreaks(list, classes);
  }, [all, values, classes, classMethod]);
  // A drill into a district these boundaries do not hold (new boundaries arrived) shows them
  // all: an empty map would leave ECharts without a region to lay out.
  const drill = drillTo && all.some((d) => d.code === drillTo) ? drillTo : null;
  const level = useMemo(() => {
    const shown = drill ? all.filter((d) => d.code === drill) : all;
    const registered = drill ? `${mapName}/${drill}` : mapName;
    const geometry = mapGeometry(geojson, drill ? new Set([drill]) : undefined);
    registerMapOnce(registered, geojson, () => geometry.registered);
    return { shown, registered, geometry, occupancy: occupancy(geometry) };
  }, [all, drill, mapName, geojson]);
  const shownPoints = useMemo(
    () => (drill ? points.filter((p) => p.district === undefined || p.district === drill) : points),
    [points, drill],
  );
  const { size, topBar, legend } = boxes;
  const layout = useMemo(
    () =>
      size
        ? districtLayout({
            geometry: level.geometry,
            occupancy: level.occupancy,
            size,
            topBar,
            legend,
            legendCorners,
            points: shownPoints,
            selected,
            measure,
          })
        : null,
    [level, size, topBar, legend, legendCorners, shownPoints, selected, measure],
  );
  const alertMarks = useMemo(
    () =>
      level.geometry.shapes.flatMap((s) => {
        const at = alerted[s.code];
        return at === 'notice' || at === 'warning' || at === 'critical'
          ? [{ code: s.code, level: at, at: s.pole }]
          : [];
      }),
    [level, alerted],
  );
  // The chart's option holds no values: its tooltip reads the latest through this, and which
  // districts have none (dashed outlines) is kept by content (useSameContent). A value update then leaves the
  // option as it was, and ECharts does not rebuild the map; only the fill layer recolours.
  const latestValues = useRef(values);
  latestValues.current = values;
  const readValue = useCallback((code: string) => latestValues.current[code], []);
  const noData = useSameContent(noDataCodes(level.shown, values));
  const option = useMemo(
    () =>
      layout
        ? districtMapOption({
            alerts: alertMarks,
            mapName: level.registered,
            districts: level.shown,
            values: noValues,
            breaks: [],
            noData,
            readValue,
            selected,
            unit,
            title: name,
            lang,
            palette,
            reducedMotion,
            layout,
          })
        : null,
    [
      level,
      layout,
      alertMarks,
      noData,
      readValue,
      selected,
      unit,
      name,
      lang,
      palette,
      reducedMotion,
    ],
  );
  // Paths per frame by content: a new selection lays the labels out again in the same frame.
  const frame = useSameContent(layout?.frame ?? null);
  const paths = useMemo(() => (frame ? regionPaths(level.geometry, frame) : []), [level, frame]);
  const fills = useMemo(
    () =>
      regionFills(
        level.shown.map((d) => d.code),
        values,
        breaks,
        palette,
      ),
    [level, values, breaks, palette],
  );
  const table = useMemo(
    () => districtTable({ districts: level.shown, values, breaks, title: name, lang, unit }),
    [level, values, breaks, name, lang, unit],
  );
  return useMemo(
    () => ({
      option,
      layout,
      paths,
      fills,
      pulses: layout ? alertPulses(alertMarks, layout) : [],
      reducedMotion,
      table,
      breaks,
      classMethod,
      all,
      shown: level.shown,
      lang,
      palette,
    }),
    [
      option,
      layout,
      paths,
      fills,
      alertMarks,
      reducedMotion,
      table,
      breaks,
      classMethod,
      all,
      level,
      lang,
      palette,
    ],
  );
}

/** `value`, or the previous one while its JSON is the same. */
function useSameContent<T>(value: T): T {
  const kept = useRef<{ value: T; json: string } | null>(null);
  const json = JSON.stringify(value);
  if (kept.current?.json !== json) kept.current = { value, json };
  return kept.current.value;
}
