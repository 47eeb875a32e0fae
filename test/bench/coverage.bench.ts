/**
 * Coverage engine against turf (circle → union → intersect → area), both measured in this run,
 * and both scored against a fine raster reference (10 m, or a 4,000th of a small district's
 * span). Prints one JSON object per line.
 */
import {
  coverageSummary,
  createCoverage,
  moveStation,
  type PlaneRegion,
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
  const refShare = referenceShare(createCoverage(features, []).region, stations);
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
    area_km2: ours.value.total.areaKm2,
  });
  return { ours, peer };
}

/**
 * Covered share of the whole region by a fine reference: each district at 10 m, or at a
 * 4,000th of its span when that is finer (a 10 m raster itself misses a 29 km² district by up
 * to 0.03 pp), weighted by the districts' areas.
 */
function referenceShare(region: PlaneRegion, stations: Station[]): number {
  let covered = 0;
  let area = 0;
  for (const d of region.districts) {
    const span = Math.max(d.bbox[2] - d.bbox[0], d.bbox[3] - d.bbox[1]);
    const one = { projection: region.projection, districts: [d], bbox: d.bbox };
    const ref = referenceCount(one, stations, Math.min(0.01, span / 4000));
    covered += ((ref.covered[0] as number) / (ref.cells[0] as number)) * d.areaKm2;
    area += d.areaKm2;
  }
  return covered / area;
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
const afterMovesShare = referenceShare(model.region, model.stations);
report({
  name: 'coverage: 秀洲 move one station and re-count',
  ours_ms: move.ms,
  peer: `${PEER} (full recompute)`,
  peer_ms: small.peer.ms,
  ratio: small.peer.ms / move.ms,
  // After 201 moves the incremental counts still answer like the 10 m reference.
  error_pp: Math.abs(move.value.total.coveredShare - afterMovesShare) * 100,
});

// A small city district, where a raster errs most: 下城 (29 km², pre-2021), four stations placed
// by placeStations with a 1.5 km reach (five minutes at 18 km/h in city traffic), so several
// disc edges and a long border cross a small area.
const xiacheng = counties.filter((f) => f.id === '330103');
const city = placeStations(xiacheng[0] as (typeof counties)[number], 4, 103).map(
  ([lon, lat], i): Station => ({ id: `xc${i}`, lon, lat, radiusKm: 1.5 }),
);
compare('coverage: 下城 (small district) 4 stations', xiacheng, city, 50, 5);

// 2,000 stations over all 20 Hangzhou and Jiaxing counties (turf runs once: 10–20 s).
const many = stationsInside(counties, 2000, 2026, R5MIN);
compare('coverage: 20 counties 2000 stations', counties, many, 5, 0);
