// Public API of the ECharts binding and the chart and map widgets: a deliberate list.
export type { ChartPalette } from './echarts/chartPalette.js';
export { chartPalette } from './echarts/chartPalette.js';
export type { EChartHandler, EChartProps, EChartsPart } from './echarts/EChart.js';
export { EChart } from './echarts/EChart.js';
export { escapeText } from './echarts/escapeText.js';
export type { TrendInput, TrendKind, TrendSeries, TrendSummary } from './TrendChart/compute.js';
export { trendOption, trendSummary, yoyChange } from './TrendChart/compute.js';
export type { TrendChartProps } from './TrendChart/TrendChart.js';
export { TrendChart } from './TrendChart/TrendChart.js';
export type { TrendChartData } from './TrendChart/useTrendChart.js';
export { useTrendChart } from './TrendChart/useTrendChart.js';
