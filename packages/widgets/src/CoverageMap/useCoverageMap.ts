import { formatGrouped } from '@onescreen/core';
import {
  type AreaCollection,
  type CoverageGap,
  type CoverageSummary,
  stationRadiusKm,
} from '@onescreen/geo';
import { useMemo } from 'react';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { registerMapOnce } from '../echarts/registerMapOnce.js';
import { usePalette } from '../echarts/usePalette.js';
import { useTextMeasure } from '../echarts/useTextMeasure.js';
import { useLang } from '../i18n/context.js';
import { mapGeometry } from '../maplayout/geometry.js';
import { occupancy } from '../maplayout/occupancy.js';
import type { Corner, Size } from '../maplayout/types.js';
import { type CoverageStation, coverageOption } from './compute.js';
import { coverageFacts } from './facts.js';
import { coverageLayout } from './layout.js';
import { coverageMessages } from './messages.js';
import { coverageTable } from './table.js';

/** Inputs of useCoverageMap. */
export interface CoverageMapData {
  /** Boundaries of the districts covered. */
  geojson: AreaCollection;
  /** Stable name to register the boundaries under. */
  mapName: string;
  /** Stations with their reach (radiusKm, or responseMinutes × speedKmh). */
  stations: readonly CoverageStation[];
  /** The coverage engine's summary (e.g. from its Web Worker); null while it computes. */
  coverage: Pick<CoverageSummary, 'total' | 'districts'> | null;
  /** The engine's largest uncovered gaps. */
  gaps?: readonly CoverageGap[] | undefined;
  /** District code whose figures the summary states; the whole region when omitted. */
  district?: string | undefined;
  /** "One station per N km²" target the summary states; none by default (it is the district's rule, not the widget's). */
  targetKm2PerStation?: number | undefined;
  /** One-line title. */
  title?: string | undefined;
  /** Corners the summary box may take, best first; it takes the first that hides no land. */
  summaryCorners?: readonly Corner[] | undefined;
}

const noGaps: readonly CoverageGap[] = [];
const corners: readonly Corner[] = ['top-right', 'top-left', 'bottom-right', 'bottom-left'];

/**
 * Option, figures, facts and table of a coverage map at a size. The geometry (projection,
 * land raster, registration) is memoised on the boundaries; the layout on the size, stations
 * and gaps; the option on everything else.
 */
export function useCoverageMap(
  data: CoverageMapData,
  size: Size | null = null,
  summary: Size | null = null,
) {
  const {
    geojson,
    mapName,
    stations,
    coverage,
    gaps = noGaps,
    district,
    targetKm2PerStation,
    title,
    summaryCorners = corners,
  } = data;
  const lang = useLang();
  const palette = usePalette();
  const reducedMotion = useReducedMotion();
  const measure = useTextMeasure(palette.font);
  const name = title ?? coverageMessages(lang, 'untitled');
  const geo = useMemo(() => {
    const geometry = mapGeometry(geojson);
    registerMapOnce(mapName, geojson, () => geometry.registered);
    return { geometry, occupancy: occupancy(geometry) };
  }, [mapName, geojson]);
  const layout = useMemo(
    () =>
      size
        ? coverageLayout({
            ...geo,
            size,
            summary,
            summaryCorners,
            stations,
            radiusOf: stationRadiusKm,
            gaps: gaps.map((g) => ({
              ...g,
              label: coverageMessages(lang, 'gap', { area: formatGrouped(g.areaKm2, lang) }),
            })),
            measure,
          })
        : null,
    [geo, size, summary, summaryCorners, stations, gaps, lang, measure],
  );
  return useMemo(() => {
    const stats =
      (district && coverage?.districts.find((d) => d.id === district)) || coverage?.total;
    if (!stats) return null;
    const input = {
      mapName,
      stations,
      radiusOf: stationRadiusKm,
      gaps,
      figures: stats,
      targetKm2PerStation,
      title: name,
      lang,
      palette,
      reducedMotion,
    };
    return {
      option: layout ? coverageOption({ ...input, layout }) : null,
      layout,
      table: coverageTable(input),
      figures: stats,
      facts: coverageFacts(stats, targetKm2PerStation),
      targetKm2PerStation,
      lang,
    };
  }, [
    layout,
    mapName,
    stations,
    coverage,
    gaps,
    district,
    targetKm2PerStation,
    name,
    lang,
    palette,
    reducedMotion,
  ]);
}
