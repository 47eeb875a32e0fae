import type { AreaCollection, AreaFeature } from '../geometry/types.js';
import { districtCellSizes } from './cell-size.js';
import { checkAreas } from './check-areas.js';
import { discOnGrid } from './disc.js';
import { buildGrid, type Grid } from './grid.js';
import { type PlaneRegion, projectRegion } from './region.js';
import { type Station, stationGcj02, stationRadiusKm } from './station.js';
import { positionFault, usableDisc } from './station-issues.js';
import { addDisc, emptyTally, removeDisc, type Tally } from './tally.js';

/** Options of the raster coverage engine. */
export interface CoverageOptions {
  /** Cell side in km for every district. Default: per district, see accurateCellKm. */
  cellKm?: number;
  /** Tangent point [lon, lat] of the equal-area plane. Default: centre of the districts' bbox. */
  center?: [number, number];
}

/** One district's raster: its own grid (cells of the district are 0, others −1) and counts. */
export interface DistrictRaster {
  /** The grid over the district's bounding box. */
  grid: Grid;
  /** Per-cell station counts; covered/multi hold this district's tallies at index 0. */
  tally: Tally;
}

/** A station's disc on the plane, in km. */
export interface PlaneDisc {
  x: number;
  y: number;
  r: number;
}

/** A live coverage raster: districts, stations and the per-cell counts that follow them. */
export interface CoverageModel {
  /** The projected districts. */
  region: PlaneRegion;
  /** One raster per district, in the districts' order. */
  rasters: DistrictRaster[];
  /** The stations, as given (positions updated by moveStation). */
  stations: Station[];
  /**
   * Each station's disc on the plane, kept so it can be removed exactly. A station with a bad
   * position or reach has a disc of NaN that counts nowhere (see stationIssues).
   */
  discs: PlaneDisc[];
}

/** Reach assumed for sizing cells when a model starts without stations: a short urban reach. */
const DEFAULT_REACH_KM = 2;

/** Build the rasters for districts and stations and count every station in. */
export function createCoverage(
  districts: AreaCollection | readonly AreaFeature[],
  stations: readonly Station[],
  options: CoverageOptions = {},
): CoverageModel {
  const features = 'features' in districts ? districts.features : districts;
  checkAreas(features);
  const region = projectRegion(features, options.center);
  let rMin = Infinity;
  for (const s of stations) {
    const r = reachOf(s);
    if (r > 0) rMin = Math.min(rMin, r);
  }
  const sizes = districtCellSizes(
    region.districts,
    Number.isFinite(rMin) ? rMin : DEFAULT_REACH_KM,
  );
  const rasters = region.districts.map((d, i) => {
    const cellKm = options.cellKm ?? (sizes[i] as number);
    const grid = buildGrid({ ...region, districts: [d], bbox: d.bbox }, cellKm);
    return { grid, tally: emptyTally(grid, 1) };
  });
  const model: CoverageModel = { region, rasters, stations: [], discs: [] };
  for (const s of stations) addStation(model, s);
  return model;
}

/** A station's reach in km, or NaN when it has none (reported, never thrown, for feed data). */
function reachOf(s: Station): number {
  try {
    return stationRadiusKm(s);
  } catch {
    return Number.NaN;
  }
}

function discOf(model: CoverageModel, s: Station): PlaneDisc {
  const r = reachOf(s);
  if (positionFault(s)) return { x: Number.NaN, y: Number.NaN, r };
  const [x, y] = model.region.projection.forward(...stationGcj02(s));
  return { x, y, r };
}

/** Apply `f` to every district raster the disc reaches, with the disc in that grid's units. */
export function forEachRasterOf(
  model: CoverageModel,
  disc: PlaneDisc,
  f: (raster: DistrictRaster, d: ReturnType<typeof discOnGrid>, index: number) => void,
): void {
  if (!usableDisc(disc)) return;
  model.rasters.forEach((raster, index) => {
    const b = model.region.districts[index]?.bbox;
    if (!b || disc.x + disc.r < b[0] || disc.x - disc.r > b[2]) return;
    if (disc.y + disc.r < b[1] || disc.y - disc.r > b[3]) return;
    f(raster, discOnGrid(raster.grid, disc.x, disc.y, disc.r), index);
  });
}

function stamp(model: CoverageModel, disc: PlaneDisc, sign: 1 | -1): void {
  forEachRasterOf(model, disc, ({ grid, tally }, d) =>
    sign > 0 ? addDisc(grid, tally, d) : removeDisc(grid, tally, d),
  );
}

/** Add a station; returns its index. */
export function addStation(model: CoverageModel, s: Station): number {
  const disc = discOf(model, s);
  stamp(model, disc, 1);
  model.stations.push({ ...s });
  model.discs.push(disc);
  return model.stations.length - 1;
}

/**
 * Replace station `index` (new position, new reach, or both). Only the cells of the old and
 * the new disc are touched, so a move costs about two discs' worth of cells.
 */
export function updateStation(model: CoverageModel, index: number, s: Station): void {
  const old = model.discs[index];
  if (!old) throw new RangeError(`no station at index ${index}`);
  const disc = discOf(model, s);
  stamp(model, old, -1);
  stamp(model, disc, 1);
  model.stations[index] = { ...s };
  model.discs[index] = disc;
}

/** Move station `index` to a new GCJ-02 position, keeping its reach. */
export function moveStation(model: CoverageModel, index: number, lon: number, lat: number): void {
  const s = model.stations[index];
  if (!s) throw new RangeError(`no station at index ${index}`);
  updateStation(model, index, { ...s, lon, lat });
}
