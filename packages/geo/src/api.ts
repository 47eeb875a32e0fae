// Public API of @onescreen/geo, re-exported by index.ts. Explicit names: the list is pinned.

export { type CoverageGap, coverageGaps } from './coverage/gaps.js';
export { type StationLoss, stationLosses } from './coverage/loss.js';
export { type CoverageMask, coverageMasks } from './coverage/mask.js';
export {
  addStation,
  type CoverageModel,
  type CoverageOptions,
  createCoverage,
  type DistrictRaster,
  moveStation,
  type PlaneDisc,
  updateStation,
} from './coverage/model.js';
export { type ReferenceCount, referenceCount } from './coverage/reference.js';
export { type PlaneRegion, projectRegion, regionCenter } from './coverage/region.js';
export { type Station, stationGcj02, stationRadiusKm } from './coverage/station.js';
export { stationCircle } from './coverage/station-circle.js';
export type { StationIssue, StationIssueCode } from './coverage/station-issues.js';
export {
  type CoverageStats,
  type CoverageSummary,
  coverageSummary,
  stationDistrict,
} from './coverage/summary.js';
export {
  type DrillIndex,
  type DrillLayer,
  type DrillStep,
  type DrillView,
  drillIndex,
  drillUp,
  drillView,
  featureCode,
} from './drill/drill-view.js';
export { pointsInView, type ViewPoint } from './drill/points-in-view.js';
export { cleanRing } from './geometry/clean-ring.js';
export { rewindGeometry, rewindPolygon, type Winding } from './geometry/rewind.js';
export { ringSignedArea2 } from './geometry/ring-area.js';
export type {
  AreaCollection,
  AreaFeature,
  AreaGeometry,
  MultiPolygonGeometry,
  PolygonGeometry,
  Position,
  Ring,
} from './geometry/types.js';
export { type PlaceOptions, placeStations } from './placement/place-stations.js';
export { EARTH_RADIUS_KM } from './projection/earth.js';
export { type EChartsGeoBox, echartsGeoBox } from './projection/echarts-layout.js';
export { type EChartsProjection, echartsProjection } from './projection/echarts-projection.js';
export { equalAreaProjection, type PlaneProjection } from './projection/equal-area.js';
export { fitProjection } from './projection/fit.js';
export { gcj02ToWgs84, outOfChina, wgs84ToGcj02 } from './projection/gcj02.js';
export { mulberry32 } from './random/mulberry32.js';
export { type SplitSite, voronoiSplit } from './split/voronoi-split.js';
export type { GeoIssue, GeoIssueCode } from './validate/issue.js';
export { type AreaValidation, validateAreas } from './validate/validate-areas.js';
export { createCoverageHandler } from './worker/coverage-handler.js';
export type { CoverageReply, CoverageRequest, ReplyDetail } from './worker/messages.js';
export { type MessageScope, serveCoverage } from './worker/serve-coverage.js';
