// A feed that sends a burst of updates (a reconnect replaying its backlog) must cost one redraw
// per frame, not one per update: the binding passes lazyUpdate so ECharts draws on the next frame.
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { afterEach, describe, expect, it } from 'vitest';
import { chartsWaiting } from '../src/echarts/drawInTurn.js';
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

  it('holds charts updated together for the frames after the first, and draws every one', async () => {
    const readies = [readyChart(), readyChart(), readyChart()];
    const three = (n: number) => (
      <div style={{ display: 'flex', width: 900, height: 200 }}>
        {readies.map((r, i) => (
          <div key={String(i)} style={{ flex: 1 }}>
            <EChart parts={parts} option={option(n + i)} onReady={r.onReady} />
          </div>
        ))}
      </div>
    );
    mounted = mount(three(0), 900, 200);
    const charts = await Promise.all(readies.map((r) => r.chart()));
    await frame();
    await frame();
    const drew = charts.map(() => 0);
    charts.forEach((c, i) => {
      c.on('rendered', () => {
        drew[i] = (drew[i] ?? 0) + 1;
      });
    });
    mounted.render(three(10));
    // The first draws on its own next frame; the other two wait for a later one (drawInTurn).
    expect(chartsWaiting()).toBe(2);
    await expect.poll(() => drew.every((n) => n > 0), { timeout: 5000 }).toBe(true);
    expect(chartsWaiting()).toBe(0);
    charts.forEach((c, i) => {
      expect((c.getOption().series as { data: number[] }[])[0]?.data).toEqual([
        10 + i,
        12 + i,
        11 + i,
      ]);
    });
  });
});

describe('EChart frame loop', () => {
  it('stops its frame loop two frames after a draw, not ten', async () => {
    const ready = readyChart();
    mounted = mount(<EChart parts={parts} option={option(0)} onReady={ready.onReady} />, 400, 200);
    const chart = await ready.chart();
    for (let i = 0; i < 20; i++) await frame();
    // Frames zrender's loop runs (each one asked of the page, which then styles and commits).
    let frames = 0;
    chart.getZr().animation.on('frame', () => {
      frames++;
    });
    mounted.render(<EChart parts={parts} option={option(5)} onReady={ready.onReady} />);
    for (let i = 0; i < 20; i++) await frame();
    expect((chart.getOption().series as { data: number[] }[])[0]?.data).toEqual([5, 7, 6]);
    // The draw's frame and two still ones; zrender's default runs eleven.
    expect(frames).toBeGreaterThan(0);
    expect(frames).toBeLessThanOrEqual(4);
  });
});
