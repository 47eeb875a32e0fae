import type { AreaCollection, AreaFeature } from '../geometry/types.js';
import { type Disc, discOnGrid } from './disc.js';
import { buildGrid, type Grid } from './grid.js';
import { type PlaneRegion, projectRegion } from './region.js';
import { type Station, stationRadiusKm } from './station.js';
import { addDisc, emptyTally, removeDisc, type Tally } from './tally.js';

/** Options of the raster coverage engine. */
export interface CoverageOptions {
  /** Cell side in km. Default: min(span/200, smallest radius/16), capped at 4·10⁶ cells. */
  cellKm?: number;
  /** Tangent point [lon, lat] of the equal-area plane. Default: centre of the districts' bbox. */
  center?: [number, number];
}

/** A live coverage raster: districts, stations and the per-cell counts that follow them. */
export interface CoverageModel {
  /** The projected districts. */
  region: PlaneRegion;
  /** The raster with each cell's district. */
  grid: Grid;
  /** Per-cell station counts and per-district tallies. */
  tally: Tally;
  /** The stations, as given (positions updated by moveStation). */
  stations: Station[];
  /** Each station's disc on the grid, kept so it can be removed exactly. */
  discs: Disc[];
}

/** Most cells a default grid may have (4·10⁶ cells: 8 MB of counts and 8 MB of district ids). */
const MAX_CELLS = 4e6;

/**
 * Default cell: a disc should span about 32 cells across (the sampling error of a disc then
 * averages out to well under 0.1 pp), and a district at least 200; but never more than
 * MAX_CELLS, so a tiny radius over a whole city cannot exhaust memory.
 */
function defaultCellKm(region: PlaneRegion, stations: readonly Station[]): number {
  const [x0, y0, x1, y1] = region.bbox;
  const span = Math.max(x1 - x0, y1 - y0);
  let rMin = Infinity;
  for (const s of stations) rMin = Math.min(rMin, stationRadiusKm(s));
  const fine = Math.min(span / 200, rMin > 0 && Number.isFinite(rMin) ? rMin / 16 : Infinity);
  return Math.max(fine, Math.sqrt(((x1 - x0) * (y1 - y0)) / MAX_CELLS));
}

/** Build the raster for districts and stations and count every station in. */
export function createCoverage(
  districts: AreaCollection | readonly AreaFeature[],
  stations: readonly Station[],
  options: CoverageOptions = {},
): CoverageModel {
  const features = 'features' in districts ? districts.features : districts;
  const region = projectRegion(features, options.center);
  const grid = buildGrid(region, options.cellKm ?? defaultCellKm(region, stations));
  const tally = emptyTally(grid, region.districts.length);
  const model: CoverageModel = { region, grid, tally, stations: [], discs: [] };
  for (const s of stations) addStation(model, s);
  return model;
}

function discOf(model: CoverageModel, s: Station): Disc {
  const [x, y] = model.region.projection.forward(s.lon, s.lat);
  return discOnGrid(model.grid, x, y, stationRadiusKm(s));
}

/** Add a station; returns its index. */
export function addStation(model: CoverageModel, s: Station): number {
  const disc = discOf(model, s);
  addDisc(model.grid, model.tally, disc);
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
  removeDisc(model.grid, model.tally, old);
  addDisc(model.grid, model.tally, disc);
  model.stations[index] = { ...s };
  model.discs[index] = disc;
}

/** Move station `index` to a new GCJ-02 position, keeping its reach. */
export function moveStation(model: CoverageModel, index: number, lon: number, lat: number): void {
  const s = model.stations[index];
  if (!s) throw new RangeError(`no station at index ${index}`);
  updateStation(model, index, { ...s, lon, lat });
}
