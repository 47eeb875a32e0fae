import { statusFor, widgetStates } from '@onescreen/fixtures/status';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ScreenContainer } from '../src/screen/ScreenContainer.js';
import { TrendChart, type TrendChartProps } from '../src/TrendChart/TrendChart.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import {
  cycle,
  expectState,
  frame,
  type Mounted,
  mount,
  onWall,
  readyChart,
  saveScreenshot,
} from './echarts.harness.js';

const xss = '<img src=x onerror="window.__xss=1">';
const sample: TrendChartProps = {
  title: '涉纪信访量 2021 vs 2020',
  unit: '件',
  categories: ['1月', '2月', '3月', '4月', '5月', '6月'],
  series: [
    { name: '受理量', values: [70, 64, 80, 75, 69, 74], previous: [82, 75, 92, 86, 80, 85] },
  ],
  goodDirection: 'down',
};

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  delete (window as { __xss?: number }).__xss;
});

describe('TrendChart in Chromium', () => {
  for (const state of widgetStates) {
    it(`shows data-state="${state}"`, async () => {
      const data = state === 'empty' || state === 'loading' ? { categories: [], series: [] } : {};
      mounted = mount(<TrendChart {...sample} {...data} status={statusFor(state, 'petitions')} />);
      await expectState(mounted.box, state);
    });
  }

  it('shows the year-on-year change coloured by which direction is good', async () => {
    mounted = mount(<TrendChart {...sample} />);
    const chip = mounted.box.querySelector('[data-yoy]') as HTMLElement;
    expect(chip.textContent).toBe('同比 −13.6 %');
    expect(chip.dataset.yoy).toBe('good');
  });

  it('renders an XSS payload in series and period names as text, tooltip included', async () => {
    const ready = readyChart();
    mounted = mount(
      <TrendChart
        {...sample}
        title={xss}
        categories={[xss, '2月']}
        series={[{ name: xss, values: [1, 2], previous: [2, 2] }]}
        onChartReady={ready.onReady}
      />,
    );
    const chart = await ready.chart();
    chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 });
    await frame();
    const tip = mounted.box.querySelector('.echarts-for-react > div:last-child') as HTMLElement;
    await expect.poll(() => tip.textContent).toContain(xss);
    expect(tip.querySelector('img')).toBeNull();
    expect(mounted.box.querySelector('img')).toBeNull();
    expect(mounted.box.querySelector('table')?.textContent).toContain(xss);
    await frame();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });

  it('switches theme on the same chart instance', async () => {
    const ready = readyChart();
    const tree = (theme: 'dark' | 'light') => (
      <OnescreenProvider theme={theme}>
        <div style={{ width: 640, height: 360 }}>
          <TrendChart {...sample} onChartReady={ready.onReady} />
        </div>
      </OnescreenProvider>
    );
    mounted = mount(tree('dark'));
    const chart = await ready.chart();
    const id = chart.id;
    mounted.render(tree('light'));
    await frame();
    const series = (chart.getOption() as { series: { itemStyle: { color: string } }[] }).series;
    expect(series[0]?.itemStyle.color).toBe('#00779e');
    expect(chart.id).toBe(id);
    expect(chart.isDisposed()).toBeFalsy();
  });

  it('survives StrictMode and 50 quick mount/unmount cycles without errors', async () => {
    expect(await cycle(<TrendChart {...sample} />)).toEqual([]);
  });

  it('screenshot: monthly petitions with last year overlaid', async () => {
    const ready = readyChart();
    const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
    const now = [68, 62, 78, 73, 67, 72, 80, 76, 71, 69, 65, 83];
    const before = [82, 75, 92, 86, 80, 85, 95, 90, 84, 82, 76, 73];
    mounted = mount(
      onWall(
        <TrendChart
          title="萧山区 涉纪信访受理量（月）"
          unit="件"
          kind="bar"
          categories={months}
          series={[{ name: '2021年', values: now, previous: before, previousName: '2020年' }]}
          goodDirection="down"
          onChartReady={ready.onReady}
        />,
        480,
        300,
      ),
      480,
      300,
    );
    await ready.chart();
    await new Promise((r) => setTimeout(r, 900));
    await saveScreenshot(mounted.box, 'TrendChart');
  });

  it('inside a ScreenContainer scaled 2×, backs its canvas with on-screen pixels × DPR', async () => {
    const ready = readyChart();
    const tree = (
      <ScreenContainer width={960} height={540}>
        <div style={{ width: 480, height: 300 }}>
          <TrendChart {...sample} onChartReady={ready.onReady} />
        </div>
      </ScreenContainer>
    );
    mounted = mount(tree, 1920, 1080);
    const chart = await ready.chart();
    await expect
      .poll(() => chart.getDevicePixelRatio())
      .toBe(Math.min(2 * window.devicePixelRatio, 3));
    const canvas = mounted.box.querySelector('canvas') as HTMLCanvasElement;
    const onScreen = canvas.getBoundingClientRect();
    expect(onScreen.width).toBeGreaterThan(900);
    expect(canvas.width).toBeGreaterThanOrEqual(
      Math.floor(onScreen.width * window.devicePixelRatio),
    );
    expect(canvas.height).toBeGreaterThanOrEqual(
      Math.floor(onScreen.height * window.devicePixelRatio),
    );
    // Hovering the 5th period on screen shows the 5th period's tooltip, despite the CSS zoom.
    const [x = 0, y = 0] = chart.convertToPixel(
      { xAxisIndex: 0, yAxisIndex: 0 },
      [4, 40],
    ) as number[];
    const zoom = onScreen.width / chart.getWidth();
    await userEvent.hover(page.elementLocator(canvas), { position: { x: x * zoom, y: y * zoom } });
    const tip = mounted.box.querySelector('.echarts-for-react > div:last-child') as HTMLElement;
    await expect.poll(() => tip.textContent).toContain('5月');
  });

  it('labels its canvas through ECharts aria and drops animation under reduced motion', async () => {
    const ready = readyChart();
    mounted = mount(
      <OnescreenProvider reducedMotion>
        <div style={{ width: 640, height: 360 }}>
          <TrendChart {...sample} onChartReady={ready.onReady} />
        </div>
      </OnescreenProvider>,
    );
    const chart = await ready.chart();
    expect((chart.getOption() as { animation: boolean }).animation).toBe(false);
    await expect
      .poll(() => chart.getDom().getAttribute('aria-label') ?? '')
      .toContain('同比 −13.6 %');
  });
});

describe('TrendChart keeps a readable plot', () => {
  const year = {
    title: '涉纪信访 月度受理 · 同比',
    unit: '件',
    categories: Array.from({ length: 12 }, (_, i) => `${i + 1}月`),
    series: [
      {
        name: '2022年',
        values: [88, 79, 95, 102, 90, 85, 93, 87, 91, 84, 80, 86],
        previous: [99, 91, 110, 118, 104, 98, 107, 100, 103, 97, 95, 99],
      },
    ],
    goodDirection: 'down' as const,
  };
  /** Height of the plot as ECharts hit-tests it: the rows of the grid at its middle column. */
  function plotHeight(chart: import('echarts/core').EChartsType): number {
    const x = Math.round(chart.getWidth() / 2);
    let rows = 0;
    for (let y = 0; y < chart.getHeight(); y++)
      if (chart.containPixel({ gridIndex: 0 }, [x, y])) rows++;
    return rows;
  }
  for (const h of [140, 170, 220, 320])
    it(`${h} px tall: a plot of at least 72 px, or a sparkline with the current value`, async () => {
      const ready = readyChart();
      mounted = mount(
        onWall(<TrendChart {...year} onChartReady={ready.onReady} />, 520, h),
        520,
        h,
      );
      const chart = await ready.chart();
      await frame();
      const body = mounted.box.querySelector('[data-trend-mode]') as HTMLElement;
      const mode = body.dataset.trendMode;
      if (mode === 'spark') {
        expect(mounted.box.querySelector('[data-trend-now]')?.textContent).toBe('86件12月');
        expect(chart.getOption()).toMatchObject({ xAxis: [{ show: false }] });
      } else {
        expect(plotHeight(chart)).toBeGreaterThanOrEqual(72);
      }
      console.info(`trend 520×${h}: ${mode}, plot ${plotHeight(chart)} px`);
      if (h === 140) await saveScreenshot(mounted.box, 'TrendChart-spark');
    });
});
