import { describe, expect, it } from 'vitest';
import { createCoverage } from '../src/coverage/model.js';
import { referenceCount } from '../src/coverage/reference.js';
import { coverageSummary } from '../src/coverage/summary.js';
import { placeStations } from '../src/placement/place-stations.js';
import { counties, county, randomStations } from './support/layouts.js';

// Jiaxing's four report districts plus 富阳 (large and hilly-edged): varied shapes and sizes.
const DISTRICTS = ['330411', '330402', '330421', '330424', '330111'];

/** Worst per-district difference in covered share, in percentage points, vs a 10 m raster. */
function worstErrorPp(adcodes: string[], stations: ReturnType<typeof randomStations>) {
  const features = adcodes.map(county);
  const model = createCoverage(features, stations);
  const ours = coverageSummary(model);
  const ref = referenceCount(model.region, stations, 0.01);
  let worst = 0;
  ours.districts.forEach((d, i) => {
    const refShare = (ref.covered[i] as number) / (ref.cells[i] as number);
    worst = Math.max(worst, Math.abs(d.coveredShare - refShare) * 100);
  });
  return worst;
}

describe('raster coverage accuracy against a 10 m reference', () => {
  it('is within 0.1 pp per district on 30 seeded random layouts', () => {
    const errors: number[] = [];
    for (let seed = 1; seed <= 30; seed++) {
      const adcodes = [DISTRICTS[seed % DISTRICTS.length] as string];
      if (seed % 3 === 0) adcodes.push(DISTRICTS[(seed + 1) % DISTRICTS.length] as string);
      const n = 5 + ((seed * 7) % 40);
      const stations = randomStations(adcodes.map(county), n, seed);
      errors.push(worstErrorPp(adcodes, stations));
    }
    expect(Math.max(...errors)).toBeLessThan(0.1);
  });

  it('is within 0.1 pp on the 秀洲 sample layout (the fire feed: seed 411, 5 min at 32 km/h)', () => {
    const r = 2.667;
    const sites = placeStations(county('330411'), 23, 411);
    const stations = sites.map(([lon, lat], i) => ({ id: `xz${i}`, lon, lat, radiusKm: r }));
    expect(worstErrorPp(['330411'], stations)).toBeLessThan(0.1);
  });
});

describe('raster coverage accuracy over all 20 Hangzhou and Jiaxing counties', () => {
  const REPORT = [
    '330109',
    '330110',
    '330111',
    '330112',
    '330127',
    '330402',
    '330411',
    '330421',
    '330424',
  ];
  it('keeps the report districts within 0.1 pp and the 26–70 km² city districts within 0.25 pp', () => {
    const stations = randomStations(counties, 800, 2027, 2, 3.5);
    const model = createCoverage(counties, stations);
    const ours = coverageSummary(model);
    const ref = referenceCount(model.region, stations, 0.01);
    const refCells = ref.cells.reduce((a, b) => a + b, 0);
    const refTotal = ref.covered.reduce((a, b) => a + b, 0) / refCells;
    expect(Math.abs(ours.total.coveredShare - refTotal) * 100).toBeLessThan(0.1);
    ours.districts.forEach((d, i) => {
      const err =
        Math.abs(d.coveredShare - (ref.covered[i] as number) / (ref.cells[i] as number)) * 100;
      expect(err).toBeLessThan(REPORT.includes(d.id) ? 0.1 : 0.25);
    });
  });
});
