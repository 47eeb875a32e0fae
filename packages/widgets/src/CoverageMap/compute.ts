import { formatGrouped } from '@onescreen/core';
import type { CoverageGap, Station } from '@onescreen/geo';
import { baseOption } from '../echarts/baseOption.js';
import type { ChartPalette } from '../echarts/chartPalette.js';
import { escapeText } from '../echarts/escapeText.js';
import { mixColor } from '../echarts/mixColor.js';
import type { Lang } from '../i18n/lang.js';
import { labelSeries } from '../maplayout/labelSeries.js';
import { circleRenderer } from './circles.js';
import { type CoverageFigures, coverageFacts } from './facts.js';
import { COVERAGE_SYMBOL, type CoverageLayout, GAP_LABEL_PAD } from './layout.js';
import { coverageMessages as m } from './messages.js';
import { pct, verdict } from './words.js';

/** A station as the map draws it: the engine's station plus a display name. */
export interface CoverageStation extends Station {
  /** Name shown next to it (feed text). */
  name?: string | undefined;
}

/** Everything the coverage option is built from. */
export interface CoverageInput {
  /** Name the boundaries are registered under. */
  mapName: string;
  /** Stations with their reach. */
  stations: readonly CoverageStation[];
  /** The radius drawn for a station, km (stationRadiusKm from @onescreen/geo). */
  radiusOf: (s: Station) => number;
  /** Uncovered gaps from the engine, largest first. */
  gaps: readonly CoverageGap[];
  /** Figures from the engine for the area the summary speaks of. */
  figures: CoverageFigures;
  /** "One station per N km²". */
  targetKm2PerStation?: number | undefined;
  /** The map laid out at the chart's size (coverageLayout). */
  layout: CoverageLayout;
  /** Title for the accessible description and table caption. */
  title: string;
  /** Screen language. */
  lang: Lang;
  /** Theme colours and faces. */
  palette: ChartPalette;
  /** No animation. */
  reducedMotion: boolean;
}

/** The ECharts option: uncovered ground, response circles, stations and gap markers. */
export function coverageOption(input: CoverageInput) {
  const { palette, lang } = input;
  const facts = coverageFacts(input.figures, input.targetKm2PerStation);
  const description = m(lang, facts.meetsTarget === null ? 'descriptionNoTarget' : 'description', {
    title: input.title,
    stations: input.figures.stations,
    share: pct(input.figures.coveredShare, lang),
    per: formatGrouped(facts.km2PerStation, lang),
    target: formatGrouped(input.targetKm2PerStation, lang),
    verdict: verdict(facts, lang),
    gap: formatGrouped(input.gaps[0]?.areaKm2 ?? 0, lang),
  });
  const base = baseOption({ palette, reducedMotion: input.reducedMotion, description });
  const uncovered = mixColor(palette.panel, palette.bad, 0.45);
  const { layout } = input;
  const { box } = layout.frame;
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
      roam: false,
      aspectScale: 1,
      left: box.x,
      top: box.y,
      width: box.w,
      height: box.h,
      silent: true,
      // District names are laid out by coverageLayout and drawn by the 'labels' series.
      label: { show: false },
      itemStyle: { areaColor: uncovered, borderColor: palette.accent, borderWidth: 1 },
      emphasis: { disabled: true },
    },
    series: [
      {
        id: 'circles',
        type: 'custom' as const,
        coordinateSystem: 'geo' as const,
        renderItem: circleRenderer(mixColor(palette.panel, palette.good, 0.55), palette.good),
        data: layout.circles,
        itemStyle: { opacity: 0.55 },
        silent: true,
        z: 2,
      },
      {
        id: 'stations',
        type: 'scatter' as const,
        coordinateSystem: 'geo' as const,
        symbol: 'triangle',
        symbolSize: COVERAGE_SYMBOL.station,
        itemStyle: { color: palette.text, borderColor: palette.panel, borderWidth: 1 },
        data: input.stations.map((s, i) => ({
          name: s.name ?? s.id,
          value: layout.stations[i]?.at,
          tip: m(lang, 'stationTip', {
            name: s.name ?? s.id,
            radius: formatGrouped(input.radiusOf(s), lang, 2),
          }),
        })),
        z: 4,
      },
      {
        id: 'gaps',
        type: 'scatter' as const,
        coordinateSystem: 'geo' as const,
        symbol: 'pin',
        symbolSize: COVERAGE_SYMBOL.gap,
        itemStyle: { color: palette.bad },
        data: input.gaps.map((g, i) => ({
          value: layout.gaps[i]?.at,
          tip: m(lang, 'gapTip', { area: formatGrouped(g.areaKm2, lang) }),
        })),
        z: 5,
      },
      labelSeries(
        layout.labels,
        (l) =>
          l.kind === 'point'
            ? {
                color: palette.text,
                backgroundColor: palette.panel,
                padding: [GAP_LABEL_PAD / 2, GAP_LABEL_PAD],
              }
            : { color: palette.muted },
        { color: palette.text, fontFamily: palette.font, z: 6 },
      ),
    ],
  };
}
