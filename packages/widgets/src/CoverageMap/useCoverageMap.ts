import {
  type AreaCollection,
  type CoverageGap,
  type CoverageSummary,
  stationRadiusKm,
} from '@onescreen/geo';
import { useMemo } from 'react';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { districtsOf, withCodes } from '../DistrictMap/districts.js';
import { mapProjection } from '../DistrictMap/projection.js';
import { registerMapOnce } from '../echarts/registerMapOnce.js';
import { usePalette } from '../echarts/usePalette.js';
import { useLang } from '../i18n/context.js';
import { type CoverageStation, coverageOption, coverageTable } from './compute.js';
import { coverageFacts } from './facts.js';
import { coverageMessages } from './messages.js';

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
  /** "One station per N km²" target (22 by default). */
  targetKm2PerStation?: number | undefined;
  /** One-line title. */
  title?: string | undefined;
}

const noGaps: readonly CoverageGap[] = [];

/** Option, figures, facts and table of a coverage map, memoised on its inputs. */
export function useCoverageMap(data: CoverageMapData) {
  const {
    geojson,
    mapName,
    stations,
    coverage,
    gaps = noGaps,
    district,
    targetKm2PerStation = 22,
    title,
  } = data;
  const lang = useLang();
  const palette = usePalette();
  const reducedMotion = useReducedMotion();
  const name = title ?? coverageMessages(lang, 'untitled');
  const geo = useMemo(() => {
    registerMapOnce(mapName, geojson, (g) => withCodes(g));
    return { districts: districtsOf(geojson), projection: mapProjection(withCodes(geojson)) };
  }, [mapName, geojson]);
  return useMemo(() => {
    const stats =
      (district && coverage?.districts.find((d) => d.id === district)) || coverage?.total;
    if (!stats) return null;
    const input = {
      mapName,
      districts: geo.districts,
      stations,
      radiusOf: stationRadiusKm,
      gaps,
      figures: stats,
      targetKm2PerStation,
      projection: geo.projection,
      title: name,
      lang,
      palette,
      reducedMotion,
    };
    return {
      option: coverageOption(input),
      table: coverageTable(input),
      figures: stats,
      facts: coverageFacts(stats, targetKm2PerStation),
      targetKm2PerStation,
      lang,
    };
  }, [
    geo,
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
