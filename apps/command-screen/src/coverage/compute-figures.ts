import {
  type AreaFeature,
  type CoverageGap,
  type CoverageSummary,
  coverageGaps,
  coverageSummary,
  createCoverage,
  type Station,
} from '@onescreen/geo';
import type { CoverageFigures } from '../adapters/adapter.js';

/** What the app asks the coverage worker. */
export interface CoverageRequest {
  /** Increases with every request, so a late answer to an old one is ignored. */
  id: number;
  /** District polygons (GCJ-02). Only districts holding a station are counted. */
  features: AreaFeature[];
  /** Stations with their reach. */
  stations: Station[];
  /** District adcode of each station (same order as `stations`). */
  stationDistricts: string[];
}

/** What the worker answers. */
export type CoverageResponse =
  | { id: number; ok: true; summary: CoverageSummary; gaps: CoverageGap[] }
  | { id: number; ok: false; error: string };

/** The figures adapters read, from the engine's summary. */
export function figuresOf(summary: CoverageSummary): CoverageFigures {
  const districts: CoverageFigures['districts'] = {};
  for (const d of summary.districts) {
    districts[d.id] = {
      coveredShare: d.coveredShare,
      coveredKm2: d.coveredKm2,
      areaKm2: d.areaKm2,
      stations: d.stations,
    };
  }
  const t = summary.total;
  return {
    districts,
    total: {
      coveredShare: t.coveredShare,
      coveredKm2: t.coveredKm2,
      areaKm2: t.areaKm2,
      stations: t.stations,
    },
  };
}

/**
 * Coverage of the districts that have stations. A district without a station is left out of
 * the total rather than counted as 0 % covered: the feed says nothing about its stations.
 */
export function computeCoverage(request: CoverageRequest): CoverageResponse {
  try {
    const withStations = new Set(request.stationDistricts);
    const features = request.features.filter((f) =>
      withStations.has(String(f.id ?? f.properties.adcode)),
    );
    if (features.length === 0 || request.stations.length === 0) {
      throw new Error('no district polygon holds any station');
    }
    const model = createCoverage(features, request.stations);
    return {
      id: request.id,
      ok: true,
      summary: coverageSummary(model),
      gaps: coverageGaps(model, 5),
    };
  } catch (error) {
    return {
      id: request.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
