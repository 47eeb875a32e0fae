// A feed that sends a burst of updates (a reconnect replaying its backlog) must cost one redraw
// per frame, not one per update: the binding passes lazyUpdate so ECharts draws on the next frame.
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { afterEach, describe, expect, it } from 'vitest';
import { EChart } from '../src/echarts/EChart.js';
import { frame, type Mounted, mount, readyChart } from './echarts.harness.js';

const parts = [LineChart, GridComponent, CanvasRenderer];
const option = (n: number) => ({
  animation: false,
  xAxis: { type: 'category', data: ['a', 'b', 'c'] },
  yAxis: { type: 'value' },
  series: [{ id: 'x', type: 'line', data: [n, n + 2, n + 1] }],
});

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('EChart binding under a burst of updates', () => {
  it('draws once for ten option updates in one task, and shows the last', async () => {
    const ready = readyChart();
    mounted = mount(<EChart parts={parts} option={option(0)} onReady={ready.onReady} />, 400, 200);
    const chart = await ready.chart();
    await frame();
    await frame();
    let draws = 0;
    chart.on('rendered', () => {
      draws++;
    });
    for (let n = 1; n <= 10; n++) {
      mounted.render(<EChart parts={parts} option={option(n)} onReady={ready.onReady} />);
    }
    await frame();
    await frame();
    await frame();
    expect(draws).toBeGreaterThanOrEqual(1);
    expect(draws).toBeLessThanOrEqual(2);
    const series = chart.getOption().series as { data: number[] }[];
    expect(series[0]?.data).toEqual([10, 12, 11]);
  });
});
