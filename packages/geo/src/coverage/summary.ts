import type { CoverageModel } from './model.js';
import { type StationIssue, stationIssues, usableDisc } from './station-issues.js';

/** Coverage figures for one district or for the whole region. */
export interface CoverageStats {
  /** District adcode, or 'total'. */
  id: string;
  /** District name ('' for the total). */
  name: string;
  /** Area of the district polygon(s) in km². */
  areaKm2: number;
  /** Area reached by at least one station, km². */
  coveredKm2: number;
  /** coveredKm2 / areaKm2, 0 … 1. */
  coveredShare: number;
  /** Area reached by two or more stations, km². */
  multiKm2: number;
  /** Area no station reaches, km². */
  uncoveredKm2: number;
  /** Stations whose point lies in the district. */
  stations: number;
  /** areaKm2 / stations, or null when the district has none. */
  km2PerStation: number | null;
  /** Raster cell side the district was counted at, km (the coarsest, for the total). */
  cellKm: number;
}

/** Per-district and total figures of a coverage model. */
export interface CoverageSummary {
  /** One entry per district, in input order. */
  districts: CoverageStats[];
  /** The region as a whole. */
  total: CoverageStats;
  /** Coarsest cell side any district was counted at, km. */
  cellKm: number;
  /**
   * Stations that add nothing, each with the reason: a position that is not numbers, out of
   * range or given as [lat, lon], a missing reach, or a reach meeting no district. Never
   * dropped silently: a feed of swapped positions reads as "23 stations reported", not as 0 %.
   */
  stationIssues: StationIssue[];
}

function stats(
  id: string,
  name: string,
  areaKm2: number,
  cells: number,
  covered: number,
  multi: number,
  stations: number,
  cellKm: number,
): CoverageStats {
  // Shares come from the raster; areas scale them by the polygon's own area, which is more
  // exact than cells × cellKm² along a ragged border.
  const share = cells > 0 ? covered / cells : 0;
  return {
    id,
    name,
    areaKm2,
    coveredKm2: share * areaKm2,
    coveredShare: share,
    multiKm2: cells > 0 ? (multi / cells) * areaKm2 : 0,
    uncoveredKm2: (1 - share) * areaKm2,
    stations,
    km2PerStation: stations > 0 ? areaKm2 / stations : null,
    cellKm,
  };
}

/** The district a station stands in (the first whose raster has its point inside), or −1. */
export function stationDistrict(model: CoverageModel, index: number): number {
  const disc = model.discs[index];
  // A station the engine cannot count (see stationIssues) stands nowhere.
  if (!disc || !usableDisc(disc)) return -1;
  return model.rasters.findIndex(({ grid }) => {
    const i = Math.floor((disc.x - grid.x0) / grid.cellKm);
    const j = Math.floor((disc.y - grid.y0) / grid.cellKm);
    if (i < 0 || j < 0 || i >= grid.nx || j >= grid.ny) return false;
    return grid.district[j * grid.nx + i] === 0;
  });
}

/** Count every district and the total. Cost: one pass over the districts, none over cells. */
export function coverageSummary(model: CoverageModel): CoverageSummary {
  const { region, rasters } = model;
  const per = new Int32Array(region.districts.length);
  let inside = 0;
  for (let s = 0; s < model.discs.length; s++) {
    const d = stationDistrict(model, s);
    if (d < 0) continue;
    per[d] = (per[d] as number) + 1;
    inside++;
  }
  const districts = region.districts.map((d, i) => {
    const { grid, tally } = rasters[i] as (typeof rasters)[number];
    return stats(
      d.id,
      d.name,
      d.areaKm2,
      grid.cells[0] as number,
      tally.covered[0] as number,
      tally.multi[0] as number,
      per[i] as number,
      grid.cellKm,
    );
  });
  const sum = (f: (s: CoverageStats) => number) => districts.reduce((a, s) => a + f(s), 0);
  const area = sum((s) => s.areaKm2);
  const covered = sum((s) => s.coveredKm2);
  const cellKm = districts.reduce((a, s) => Math.max(a, s.cellKm), 0);
  const total: CoverageStats = {
    id: 'total',
    name: '',
    areaKm2: area,
    coveredKm2: covered,
    coveredShare: area > 0 ? covered / area : 0,
    multiKm2: sum((s) => s.multiKm2),
    uncoveredKm2: area - covered,
    stations: inside,
    km2PerStation: inside > 0 ? area / inside : null,
    cellKm,
  };
  return { districts, total, cellKm, stationIssues: stationIssues(model) };
}
