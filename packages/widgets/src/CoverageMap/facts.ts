/** The coverage figures the summary shows (a subset of the engine's CoverageStats). */
export interface CoverageFigures {
  /** District or region area, km². */
  areaKm2: number;
  /** Covered share, 0..1. */
  coveredShare: number;
  /** Uncovered area, km². */
  uncoveredKm2: number;
  /** Stations counted in the area. */
  stations: number;
}

/** What the summary states: area per station against the target (when one is given), honestly. */
export interface CoverageFacts {
  /** areaKm2 / stations, or null without stations. */
  km2PerStation: number | null;
  /** True when each station serves no more than the target area; null without a target. */
  meetsTarget: boolean | null;
  /** Stations the area needs to meet the target (ceil(area / target)); null without a target. */
  stationsNeeded: number | null;
}

/**
 * Area per station against a "one station per N km²" target. 542 km² with 23 stations is
 * 23.6 km² per station: the 22 km² target needs 25 stations, and the screen says so.
 */
export function coverageFacts(
  figures: CoverageFigures,
  targetKm2PerStation: number | undefined,
): CoverageFacts {
  const km2PerStation = figures.stations > 0 ? figures.areaKm2 / figures.stations : null;
  // The target is the caller's (a feed, a config): a library widget knows no district's rule.
  if (targetKm2PerStation === undefined || !(targetKm2PerStation > 0)) {
    return { km2PerStation, meetsTarget: null, stationsNeeded: null };
  }
  return {
    km2PerStation,
    meetsTarget: km2PerStation !== null && km2PerStation <= targetKm2PerStation,
    stationsNeeded: Math.ceil(figures.areaKm2 / targetKm2PerStation - 1e-9),
  };
}
