/**
 * Coverage engine against turf (circle → union → intersect → area), both measured in this run,
 * and both scored against a 10 m raster reference. Prints one JSON object per line.
 */
import {
  coverageSummary,
  createCoverage,
  moveStation,
  placeStations,
  referenceCount,
  type Station,
} from '../../packages/geo/src/api.js';
import { turfCoverage } from '../../packages/geo/src/exact/turf-coverage.js';
import { counties, fireFeedStations, report, stationsInside, time } from './support.js';

const PEER = 'turf@7.4.0 circle(64, radius-corrected)→union→intersect→area';
/** The fire feed's reach: five minutes at 32 km/h. */
const R5MIN = 2.667;

function compare(
  name: string,
  features: typeof counties,
  stations: Station[],
  oursRuns: number,
  peerRuns: number,
) {
  const ours = time(oursRuns, () => coverageSummary(createCoverage(features, stations)));
  const peer = time(peerRuns, () => turfCoverage(features, stations));
  const region = createCoverage(features, []).region;
  const ref = referenceCount(region, stations, 0.01);
  const refCells = ref.cells.reduce((a, b) => a + b, 0);
  const refShare = ref.covered.reduce((a, b) => a + b, 0) / refCells;
  const peerArea = peer.value.reduce((a, d) => a + d.areaKm2, 0);
  const peerShare = peer.value.reduce((a, d) => a + d.coveredKm2, 0) / peerArea;
  report({
    name,
    ours_ms: ours.ms,
    peer: PEER,
    peer_ms: peer.ms,
    ratio: peer.ms / ours.ms,
    error_pp: Math.abs(ours.value.total.coveredShare - refShare) * 100,
    peer_error_pp: Math.abs(peerShare - refShare) * 100,
    covered_pct: ours.value.total.coveredShare * 100,
    reference_pct: refShare * 100,
    cell_km: ours.value.cellKm,
    stations: stations.length,
  });
  return { ours, peer };
}

// 秀洲 with the 23 sample stations of data/feeds/fire.json (placed by placeStations, seed 411).
const xiuzhou = counties.filter((f) => f.id === '330411');
const sample =
  fireFeedStations() ??
  placeStations(xiuzhou[0] as (typeof counties)[number], 23, 411).map(
    ([lon, lat], i): Station => ({ id: `xz${i}`, lon, lat, radiusKm: R5MIN }),
  );
const small = compare('coverage: 秀洲 23 stations', xiuzhou, sample, 50, 5);

// Moving one station: ours re-counts two discs; turf has to redo the whole union.
const model = createCoverage(xiuzhou, sample);
let k = 0;
const move = time(200, () => {
  const s = model.stations[k % 23] as Station;
  moveStation(model, k % 23, s.lon + (k % 2 ? 0.01 : -0.01), s.lat);
  k++;
  return coverageSummary(model);
});
const afterMoves = referenceCount(model.region, model.stations, 0.01);
const afterMovesShare = (afterMoves.covered[0] as number) / (afterMoves.cells[0] as number);
report({
  name: 'coverage: 秀洲 move one station and re-count',
  ours_ms: move.ms,
  peer: `${PEER} (full recompute)`,
  peer_ms: small.peer.ms,
  ratio: small.peer.ms / move.ms,
  // After 201 moves the incremental counts still answer like the 10 m reference.
  error_pp: Math.abs(move.value.total.coveredShare - afterMovesShare) * 100,
});

// 2,000 stations over all 20 Hangzhou and Jiaxing counties (turf runs once: 10–20 s).
const many = stationsInside(counties, 2000, 2026, R5MIN);
compare('coverage: 20 counties 2000 stations', counties, many, 5, 0);
