import { HeatmapChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

/** The ECharts parts the heat grid uses, and nothing more. */
export const heatParts = [
  HeatmapChart,
  GridComponent,
  VisualMapContinuousComponent,
  TooltipComponent,
  AriaComponent,
  CanvasRenderer,
];
