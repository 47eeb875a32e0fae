import { formatGrouped } from '@onescreen/core';
import { baseOption } from '../echarts/baseOption.js';
import type { ChartPalette } from '../echarts/chartPalette.js';
import { escapeText } from '../echarts/escapeText.js';
import { mixColor } from '../echarts/mixColor.js';
import type { Lang } from '../i18n/lang.js';
import { toPx } from '../maplayout/frame.js';
import type { PlanePoint } from '../maplayout/geometry.js';
import { labelSeries } from '../maplayout/labelSeries.js';
import type { ClassBreak } from './classBreaks.js';
import { regionStyles } from './colors.js';
import type { District } from './districts.js';
import type { DistrictLayout, MapMarker } from './layout.js';
import { mapMessages as m } from './messages.js';

/** A labelled point on the map: a station, a town, a site. */
export interface MapPoint {
  /** Stable id. */
  id: string;
  /** Name shown next to the point (feed text). */
  name: string;
  /** GCJ-02 longitude. */
  lon: number;
  /** GCJ-02 latitude. */
  lat: number;
  /** 'station' draws a larger triangle; anything else a dot. */
  kind?: 'station' | 'town' | undefined;
  /** Code of the district it lies in; when drilled into a district only its points show. */
  district?: string | undefined;
}

/** Everything the district map option is built from. */
export interface DistrictMapInput {
  /** Name the plane geometry is registered under. */
  mapName: string;
  /** Districts shown, in feature order. */
  districts: readonly District[];
  /** Value per district code; missing or null means no data. */
  values: Readonly<Record<string, number | null | undefined>>;
  /** Legend classes (quantileBreaks). */
  breaks: readonly ClassBreak[];
  /** Selected district code. */
  selected: string | null;
  /** The map laid out at the chart's size: frame, markers and the labels that fit. */
  layout: DistrictLayout;
  /** Unit after values. */
  unit: string;
  /** Title for the accessible description and table caption. */
  title: string;
  /** Screen language. */
  lang: Lang;
  /** Theme colours and faces. */
  palette: ChartPalette;
  /** No animation. */
  reducedMotion: boolean;
  /** Districts an alert concerns: their level and label point. */
  alerts?: readonly AlertMark[] | undefined;
  /**
   * Codes of the districts without a value (outlined dashed); read from `values` when omitted.
   * A host that keeps one option across value updates passes them, and `readValue`.
   */
  noData?: readonly string[] | undefined;
  /** The value a district's tooltip shows, read when it shows; from `values` when omitted. */
  readValue?: ((code: string) => number | null | undefined) | undefined;
}

/** Codes of the districts shown that have no value. */
export function noDataCodes(
  districts: readonly District[],
  values: Readonly<Record<string, number | null | undefined>>,
): string[] {
  return districts
    .filter((d) => {
      const v = values[d.code];
      return v == null || !Number.isFinite(v);
    })
    .map((d) => d.code);
}

/** A district an alert concerns, where its pulse is drawn. */
export interface AlertMark {
  /** District code. */
  code: string;
  /** The alert's level. */
  level: 'notice' | 'warning' | 'critical';
  /** Its label point on the plane (mapGeometry's pole). */
  at: PlanePoint;
}

/** A pulse as drawn over the map: a district's alert at its label point. */
export interface AlertPulse {
  /** District code. */
  code: string;
  /** The alert's level (its colour). */
  level: AlertMark['level'];
  /** Centre, px from the chart's top left. */
  x: number;
  /** Centre, px from the chart's top left. */
  y: number;
}

/**
 * Where each alert's pulse goes at this layout. The pulse is drawn by the page, not by
 * ECharts: a ripple animated inside the chart would repaint every region of the map sixty
 * times a second for as long as the alert lasts; a CSS animation of a small element is
 * composited and costs the main thread nothing.
 */
export function alertPulses(
  alerts: readonly AlertMark[],
  layout: Pick<DistrictLayout, 'frame'>,
): AlertPulse[] {
  return alerts.map((a) => {
    const [x, y] = toPx(layout.frame, a.at[0], a.at[1]);
    return { code: a.code, level: a.level, x, y };
  });
}

/** Names in a cluster's tooltip before "…". */
const CLUSTER_NAMES = 6;

/** A marker's tooltip: its name, or a cluster's count and the first names. */
function markerTip(mk: MapMarker, lang: Lang): string {
  if (mk.ids.length === 1) return mk.names[0] || m(lang, 'point');
  const names = mk.names.filter((n) => n !== '');
  const shown = names.slice(0, CLUSTER_NAMES).join(m(lang, 'separator'));
  return m(lang, 'cluster', {
    count: mk.ids.length,
    names: names.length > CLUSTER_NAMES ? `${shown}…` : shown,
  });
}

/**
 * The ECharts option of the choropleth at one layout. The geo component draws the registered
 * plane geometry into the layout's box, see-through: the colours are the fill layer's under
 * the chart (regionFills), outlines and hover are the chart's. Markers and names are two
 * scatter series at the layout's positions, so nothing is placed by ECharts' own guesses.
 * Given `noData` and `readValue`, the option does not depend on the values at all: a value update
 * keeps it, and ECharts does not rebuild the map's geometry.
 */
export function districtMapOption(input: DistrictMapInput) {
  const { palette, lang, unit, layout } = input;
  const readValue = input.readValue ?? ((code: string) => input.values[code]);
  const noData = input.noData ?? noDataCodes(input.districts, input.values);
  const names = new Map(input.districts.map((d) => [d.code, d.name]));
  const selectedName = input.selected ? names.get(input.selected) : undefined;
  const description = m(lang, 'description', {
    title: input.title,
    count: input.districts.length,
    selected: selectedName ? m(lang, 'selectedPart', { name: selectedName }) : '',
  });
  const base = baseOption({ palette, reducedMotion: input.reducedMotion, description });
  const u = escapeText(unit);
  const { box } = layout.frame;
  return {
    ...base,
    tooltip: {
      ...base.tooltip,
      trigger: 'item' as const,
      formatter: (p: { data?: { tip?: string }; name?: string }) =>
        escapeText(p.data?.tip ?? p.name),
    },
    geo: {
      map: input.mapName,
      nameProperty: 'code',
      roam: false,
      selectedMode: false as const,
      aspectScale: 1,
      left: box.x,
      top: box.y,
      width: box.w,
      height: box.h,
      // Names are laid out by districtLayout and drawn by the 'labels' series.
      label: { show: false },
      itemStyle: { areaColor: 'transparent', borderColor: palette.accent, borderWidth: 1 },
      emphasis: {
        label: { show: false },
        itemStyle: {
          areaColor: mixColor(palette.accent, palette.text, 0.3),
          borderColor: palette.text,
          borderWidth: 2,
        },
      },
      regions: regionStyles({ ...input, noData }),
      // ECharts gives component tooltips their own formatter, never the global one.
      tooltip: {
        show: true,
        formatter: (p: { name?: string }) => {
          const code = p.name ?? '';
          return `${escapeText(names.get(code) ?? code)}: ${formatGrouped(readValue(code) ?? null, lang)}${u}`;
        },
      },
    },
    // A tuple, so each series keeps its own type for callers that read the option.
    series: tuple(
      {
        id: 'points',
        type: 'scatter' as const,
        coordinateSystem: 'geo' as const,
        data: layout.markers.map((mk) => ({
          // The ids come back on a click, so a host can open the points' details.
          ids: mk.ids,
          name: mk.names[0] ?? '',
          value: mk.at,
          symbol: mk.kind === 'station' ? 'triangle' : 'circle',
          symbolSize: mk.size,
          count: mk.ids.length,
          tip: markerTip(mk, lang),
        })),
        itemStyle: { color: palette.warn, borderColor: palette.panel, borderWidth: 1 },
        label: {
          show: true,
          position: 'inside' as const,
          color: palette.panel,
          fontSize: 12,
          fontWeight: 'bold' as const,
          fontFamily: palette.numberFont,
          // A cluster shows how many points it stands for; a single point shows nothing here.
          formatter: (p: { data?: { count?: number } }) =>
            (p.data?.count ?? 1) > 1 ? String(p.data?.count) : '',
        },
        z: 3,
      },
      labelSeries(
        layout.labels,
        (l) => (l.bold ? { color: palette.warn, fontWeight: 'bold' } : {}),
        { color: palette.text, fontFamily: palette.font, z: 4 },
      ),
    ),
  };
}

const tuple = <T extends unknown[]>(...items: T): T => items;

export { classColors, rangeLabel } from './colors.js';
export type { DistrictLayout, MapLabel, MapMarker } from './layout.js';
export { districtTable } from './table.js';
