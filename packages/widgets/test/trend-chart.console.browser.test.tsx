// ECharts 6 logs a one-off console line for options it has retired (grid.containLabel without
// LegacyGridContainLabel, say). On a wall nobody reads the console; here it fails the build.
// Own file: ECharts prints each such line once per page, so an earlier test would hide it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TrendChart, type TrendChartProps } from '../src/TrendChart/TrendChart.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { frame, type Mounted, mount, readyChart } from './echarts.harness.js';

const months = ['1月', '2月', '3月', '4月', '5月', '6月'];
const base: TrendChartProps = {
  title: '涉纪信访量',
  unit: '件',
  categories: months,
  series: [
    { name: '受理量', values: [70, 64, 80, 75, 69, 74], previous: [82, 75, 92, 86, 80, 85] },
    { name: '办结量', values: [60, 61, 70, 72, 66, 70], kind: 'bar' },
  ],
};

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.restoreAllMocks();
});

describe('TrendChart console', () => {
  it('renders line, bar and area charts without any ECharts warning or notice', async () => {
    const warn = vi.spyOn(console, 'warn');
    const log = vi.spyOn(console, 'log');
    for (const kind of ['line', 'bar', 'area'] as const) {
      const ready = readyChart();
      mounted = mount(
        <OnescreenProvider style={{ display: 'grid', height: '100%' }}>
          <TrendChart {...base} kind={kind} onChartReady={ready.onReady} />
        </OnescreenProvider>,
        470,
        260,
      );
      const chart = await ready.chart();
      // A data update and a resize run the grid layout again.
      mounted.render(
        <OnescreenProvider style={{ display: 'grid', height: '100%' }}>
          <TrendChart
            {...base}
            kind={kind}
            categories={[...months].reverse()}
            onChartReady={ready.onReady}
          />
        </OnescreenProvider>,
      );
      chart.resize({ width: 320, height: 200 });
      await frame();
      mounted.unmount();
      mounted = null;
    }
    const echartsLines = [...warn.mock.calls, ...log.mock.calls]
      .map((c) => String(c[0]))
      .filter((s) => s.includes('[ECharts]'));
    expect(echartsLines).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });
});
