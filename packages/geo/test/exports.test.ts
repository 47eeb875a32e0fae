import * as geo from '@onescreen/geo';
import * as exact from '@onescreen/geo/exact';
import { describe, expect, it } from 'vitest';

// The public API is a deliberate list: adding, renaming or removing an export must show up
// as a diff here, reviewed like any other API change. Types are checked by tsc, not here.
describe('@onescreen/geo public exports', () => {
  it('exports exactly these values from @onescreen/geo', () => {
    expect(Object.keys(geo).sort()).toEqual([
      'EARTH_RADIUS_KM',
      'addStation',
      'cleanRing',
      'coverageGaps',
      'coverageMasks',
      'coverageSummary',
      'createCoverage',
      'createCoverageHandler',
      'drillIndex',
      'drillUp',
      'drillView',
      'echartsGeoBox',
      'echartsProjection',
      'equalAreaProjection',
      'featureCode',
      'fitProjection',
      'gcj02ToWgs84',
      'moveStation',
      'mulberry32',
      'outOfChina',
      'placeStations',
      'pointsInView',
      'projectRegion',
      'referenceCount',
      'regionCenter',
      'rewindGeometry',
      'rewindPolygon',
      'ringSignedArea2',
      'serveCoverage',
      'stationCircle',
      'stationDistrict',
      'stationGcj02',
      'stationLosses',
      'stationRadiusKm',
      'updateStation',
      'validateAreas',
      'voronoiSplit',
      'wgs84ToGcj02',
    ]);
  });

  it('exports exactly these values from @onescreen/geo/exact', () => {
    expect(Object.keys(exact).sort()).toEqual(['equalAreaPolygonRadius', 'turfCoverage']);
  });
});
