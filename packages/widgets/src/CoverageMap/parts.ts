import { CustomChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GeoComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

/** The ECharts parts the coverage map uses, and nothing more. */
export const coverageParts = [
  GeoComponent,
  CustomChart,
  ScatterChart,
  TooltipComponent,
  AriaComponent,
  CanvasRenderer,
];
