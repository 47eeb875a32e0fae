import { ScatterChart } from 'echarts/charts';
import { AriaComponent, GeoComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

/** The ECharts parts the district map uses, and nothing more. */
export const mapParts = [
  GeoComponent,
  ScatterChart,
  TooltipComponent,
  AriaComponent,
  CanvasRenderer,
];
