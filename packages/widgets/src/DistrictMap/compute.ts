import type { EChartsProjection } from '@onescreen/geo';
import { baseOption } from '../echarts/baseOption.js';
import type { ChartPalette } from '../echarts/chartPalette.js';
import { escapeText } from '../echarts/escapeText.js';
import { formatValue } from '../echarts/formatValue.js';
import { mixColor } from '../echarts/mixColor.js';
import type { Lang } from '../i18n/lang.js';
import type { ClassBreak } from './classBreaks.js';
import { regionStyles } from './colors.js';
import type { District } from './districts.js';
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
  /** Name the GeoJSON is registered under. */
  mapName: string;
  /** Districts shown, in feature order. */
  districts: readonly District[];
  /** Value per district code; missing or null means no data. */
  values: Readonly<Record<string, number | null | undefined>>;
  /** Legend classes (quantileBreaks). */
  breaks: readonly ClassBreak[];
  /** Selected district code. */
  selected: string | null;
  /** Points drawn over the districts with their names. */
  points: readonly MapPoint[];
  /** Districts that carry a label (labelWorthy); the selected one always does. All when omitted. */
  labelled?: ReadonlySet<string> | undefined;
  /** Projection for ECharts' geo component (echartsProjection from @onescreen/geo). */
  projection: EChartsProjection;
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
}

/** The ECharts option of the choropleth, its points and their labels. */
export function districtMapOption(input: DistrictMapInput) {
  const { palette, lang, unit } = input;
  const names = new Map(input.districts.map((d) => [d.code, d.name]));
  const selectedName = input.selected ? names.get(input.selected) : undefined;
  const description = m(lang, 'description', {
    title: input.title,
    count: input.districts.length,
    selected: selectedName ? m(lang, 'selectedPart', { name: selectedName }) : '',
  });
  const base = baseOption({ palette, reducedMotion: input.reducedMotion, description });
  const u = escapeText(unit);
  return {
    ...base,
    tooltip: {
      ...base.tooltip,
      trigger: 'item' as const,
      formatter: (p: { data?: { name?: string }; name?: string }) =>
        escapeText(p.data?.name ?? p.name),
    },
    geo: {
      map: input.mapName,
      nameProperty: 'code',
      projection: input.projection,
      roam: false,
      selectedMode: false as const,
      layoutCenter: ['50%', '50%'],
      layoutSize: '96%',
      label: {
        show: true,
        color: palette.text,
        fontSize: 13,
        fontFamily: palette.font,
        // Canvas text: names need no escaping here.
        formatter: (p: { name?: string }) => names.get(p.name ?? '') ?? p.name ?? '',
      },
      itemStyle: { borderColor: palette.accent, borderWidth: 1 },
      emphasis: {
        label: { color: palette.text },
        itemStyle: {
          areaColor: mixColor(palette.accent, palette.text, 0.3),
          borderColor: palette.text,
          borderWidth: 2,
        },
      },
      regions: regionStyles(input),
      // ECharts gives component tooltips their own formatter, never the global one.
      tooltip: {
        show: true,
        formatter: (p: { name?: string }) => {
          const code = p.name ?? '';
          return `${escapeText(names.get(code) ?? code)}: ${formatValue(input.values[code] ?? null, lang)}${u}`;
        },
      },
    },
    series: [
      {
        id: 'points',
        type: 'scatter' as const,
        coordinateSystem: 'geo' as const,
        data: input.points.map((p) => ({
          name: p.name,
          value: [p.lon, p.lat],
          symbol: p.kind === 'station' ? 'triangle' : 'circle',
          symbolSize: p.kind === 'station' ? 12 : 7,
        })),
        itemStyle: { color: palette.warn, borderColor: palette.panel, borderWidth: 1 },
        label: {
          show: true,
          position: 'right' as const,
          color: palette.text,
          fontSize: 12,
          formatter: (p: { name?: string }) => p.name ?? '',
        },
        labelLayout: { hideOverlap: true },
        z: 3,
      },
    ],
  };
}

export { classColors, rangeLabel } from './colors.js';
export { districtTable } from './table.js';
