// Public API of the ECharts binding and the chart and map widgets: a deliberate list.

export type { CoverageMapProps } from './CoverageMap/CoverageMap.js';
export { CoverageMap } from './CoverageMap/CoverageMap.js';
export type { CoverageInput, CoverageStation } from './CoverageMap/compute.js';
export { coverageOption } from './CoverageMap/compute.js';
export type { CoverageFacts, CoverageFigures } from './CoverageMap/facts.js';
export { coverageFacts } from './CoverageMap/facts.js';
export type { CoverageMapData } from './CoverageMap/useCoverageMap.js';
export { useCoverageMap } from './CoverageMap/useCoverageMap.js';
export type { ClassBreak } from './DistrictMap/classBreaks.js';
export { classIndex, quantileBreaks } from './DistrictMap/classBreaks.js';
export type {
  AlertMark,
  DistrictLayout,
  DistrictMapInput,
  MapLabel,
  MapMarker,
  MapPoint,
} from './DistrictMap/compute.js';
export { districtMapOption } from './DistrictMap/compute.js';
export type { DistrictMapProps } from './DistrictMap/DistrictMap.js';
export { DistrictMap } from './DistrictMap/DistrictMap.js';
export type { District } from './DistrictMap/districts.js';
export { districtsOf } from './DistrictMap/districts.js';
export type { MapTrailStep } from './DistrictMap/MapBreadcrumb.js';
export { naturalBreaks } from './DistrictMap/naturalBreaks.js';
export type { AlertMapLevel, DistrictMapData } from './DistrictMap/useDistrictMap.js';
export { useDistrictMap } from './DistrictMap/useDistrictMap.js';
export type { ChartPalette } from './echarts/chartPalette.js';
export { chartPalette } from './echarts/chartPalette.js';
export type {
  EChartHandler,
  EChartProps,
  EChartRenderer,
  EChartsPart,
} from './echarts/EChart.js';
export { EChart } from './echarts/EChart.js';
export { escapeText } from './echarts/escapeText.js';
export { registerMapOnce } from './echarts/registerMapOnce.js';
export type { HeatInput, WeekHourValues } from './HeatGrid/compute.js';
export { heatOption } from './HeatGrid/compute.js';
export type { HeatGridProps } from './HeatGrid/HeatGrid.js';
export { HeatGrid } from './HeatGrid/HeatGrid.js';
export type { HeatGridData } from './HeatGrid/useHeatGrid.js';
export { useHeatGrid } from './HeatGrid/useHeatGrid.js';
export type { RankedRow, RankingItem } from './RankingBoard/compute.js';
export { rankItems } from './RankingBoard/compute.js';
export type { RankingBoardProps } from './RankingBoard/RankingBoard.js';
export { RankingBoard } from './RankingBoard/RankingBoard.js';
export type { RankingBoardData } from './RankingBoard/useRankingBoard.js';
export { useRankingBoard } from './RankingBoard/useRankingBoard.js';
export type { RingInput, RingItem, RingShare } from './RingChart/compute.js';
export { ringOption, ringShares } from './RingChart/compute.js';
export type { RingChartProps } from './RingChart/RingChart.js';
export { RingChart } from './RingChart/RingChart.js';
export type { RingChartData } from './RingChart/useRingChart.js';
export { useRingChart } from './RingChart/useRingChart.js';
export type { TrendInput, TrendKind, TrendSeries, TrendSummary } from './TrendChart/compute.js';
export { trendOption, trendSummary, yoyChange } from './TrendChart/compute.js';
export type { TrendChartProps } from './TrendChart/TrendChart.js';
export { TrendChart } from './TrendChart/TrendChart.js';
export type { TrendChartData } from './TrendChart/useTrendChart.js';
export { useTrendChart } from './TrendChart/useTrendChart.js';
export type { BoundWidgetType } from './views/accepts.js';
export { BOUND_WIDGETS, LAYER_VIEW_KINDS, WIDGET_VIEW_KINDS } from './views/accepts.js';
export {
  categoryItems,
  heatProps,
  kpiProps,
  lightCounts,
  scrollProps,
  stageProps,
  trendProps,
  whereWhen,
} from './views/fromView.js';
export type { ViewWidgetProps } from './views/ViewWidget.js';
export { ViewWidget } from './views/ViewWidget.js';
