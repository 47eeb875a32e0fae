import type { CoverageGap, EChartsProjection, Station } from '@onescreen/geo';
import type { District } from '../DistrictMap/districts.js';
import { baseOption } from '../echarts/baseOption.js';
import type { ChartPalette } from '../echarts/chartPalette.js';
import { escapeText } from '../echarts/escapeText.js';
import { formatValue } from '../echarts/formatValue.js';
import { mixColor } from '../echarts/mixColor.js';
import type { Lang } from '../i18n/lang.js';
import { circleRenderer } from './circles.js';
import { type CoverageFacts, type CoverageFigures, coverageFacts } from './facts.js';
import { coverageMessages as m } from './messages.js';

/** A station as the map draws it: the engine's station plus a display name. */
export interface CoverageStation extends Station {
  /** Name shown next to it (feed text). */
  name?: string | undefined;
}

/** Everything the coverage option is built from. */
export interface CoverageInput {
  /** Name the boundaries are registered under. */
  mapName: string;
  /** Districts drawn (uncovered ground). */
  districts: readonly District[];
  /** Stations with their reach. */
  stations: readonly CoverageStation[];
  /** The radius drawn for a station, km (stationRadiusKm from @onescreen/geo). */
  radiusOf: (s: Station) => number;
  /** Uncovered gaps from the engine, largest first. */
  gaps: readonly CoverageGap[];
  /** Figures from the engine for the area the summary speaks of. */
  figures: CoverageFigures;
  /** "One station per N km²". */
  targetKm2PerStation: number;
  /** Projection for ECharts' geo component. */
  projection: EChartsProjection;
  /** Title for the accessible description and table caption. */
  title: string;
  /** Screen language. */
  lang: Lang;
  /** Theme colours and faces. */
  palette: ChartPalette;
  /** No animation. */
  reducedMotion: boolean;
}

/** A share 0..1 as a percentage with one decimal. */
export const pct = (share: number, lang: Lang) => `${formatValue(share * 100, lang, 1)}%`;

/** A one-sentence verdict: meets the target, or how many stations the target needs. */
export function verdict(facts: CoverageFacts, lang: Lang): string {
  return facts.meetsTarget ? m(lang, 'meets') : m(lang, 'misses', { needed: facts.stationsNeeded });
}

/** The ECharts option: uncovered ground, response circles, stations and gap markers. */
export function coverageOption(input: CoverageInput) {
  const { palette, lang } = input;
  const facts = coverageFacts(input.figures, input.targetKm2PerStation);
  const description = m(lang, 'description', {
    title: input.title,
    stations: input.figures.stations,
    share: pct(input.figures.coveredShare, lang),
    per: formatValue(facts.km2PerStation, lang),
    target: formatValue(input.targetKm2PerStation, lang),
    verdict: verdict(facts, lang),
    gap: formatValue(input.gaps[0]?.areaKm2 ?? 0, lang),
  });
  const base = baseOption({ palette, reducedMotion: input.reducedMotion, description });
  const uncovered = mixColor(palette.panel, palette.bad, 0.45);
  const names = new Map(input.districts.map((d) => [d.code, d.name]));
  return {
    ...base,
    tooltip: {
      ...base.tooltip,
      trigger: 'item' as const,
      formatter: (p: { seriesId?: string; data?: { tip?: string } }) =>
        escapeText(p.data?.tip ?? ''),
    },
    geo: {
      map: input.mapName,
      nameProperty: 'code',
      projection: input.projection,
      roam: false,
      layoutCenter: ['50%', '50%'],
      layoutSize: '96%',
      silent: true,
      label: {
        show: true,
        color: palette.muted,
        fontSize: 12,
        formatter: (p: { name?: string }) => names.get(p.name ?? '') ?? '',
      },
      itemStyle: { areaColor: uncovered, borderColor: palette.accent, borderWidth: 1 },
      emphasis: { disabled: true },
    },
    series: [
      {
        id: 'circles',
        type: 'custom' as const,
        coordinateSystem: 'geo' as const,
        renderItem: circleRenderer(mixColor(palette.panel, palette.good, 0.55), palette.good),
        data: input.stations.map((s) => [s.lon, s.lat, input.radiusOf(s)]),
        itemStyle: { opacity: 0.55 },
        silent: true,
        z: 2,
      },
      {
        id: 'stations',
        type: 'scatter' as const,
        coordinateSystem: 'geo' as const,
        symbol: 'triangle',
        symbolSize: 11,
        itemStyle: { color: palette.text, borderColor: palette.panel, borderWidth: 1 },
        data: input.stations.map((s) => ({
          name: s.name ?? s.id,
          value: [s.lon, s.lat],
          tip: m(lang, 'stationTip', {
            name: s.name ?? s.id,
            radius: formatValue(input.radiusOf(s), lang, 2),
          }),
        })),
        z: 4,
      },
      {
        id: 'gaps',
        type: 'scatter' as const,
        coordinateSystem: 'geo' as const,
        symbol: 'pin',
        symbolSize: 26,
        itemStyle: { color: palette.bad },
        label: {
          show: true,
          position: 'right' as const,
          color: palette.text,
          backgroundColor: palette.panel,
          padding: [2, 4],
          fontSize: 12,
          formatter: (p: { data?: { label?: string } }) => p.data?.label ?? '',
        },
        data: input.gaps.map((g) => ({
          value: g.anchor,
          label: m(lang, 'gap', { area: formatValue(g.areaKm2, lang) }),
          tip: m(lang, 'gapTip', { area: formatValue(g.areaKm2, lang) }),
        })),
        z: 5,
      },
    ],
  };
}

export { coverageTable } from './table.js';
