import { PieChart } from 'echarts/charts';
import {
  AriaComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

/** The ECharts parts a ring chart uses, and nothing more. */
export const ringParts = [
  PieChart,
  TitleComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  CanvasRenderer,
];
