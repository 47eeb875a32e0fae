import { statusFor, widgetStates } from '@onescreen/fixtures/status';
import { afterEach, describe, expect, it } from 'vitest';
import { RingChart, type RingChartProps } from '../src/RingChart/RingChart.js';
import {
  cycle,
  expectState,
  frame,
  type Mounted,
  mount,
  onWall,
  readyChart,
  saveScreenshot,
  switchTheme,
  xssRan,
} from './echarts.harness.js';

const xss = '<img src=x onerror="window.__xss=1">';
const sample: RingChartProps = {
  title: '反诈案件类型（2022年）',
  unit: '起',
  items: [
    { name: '刷单返利', value: 46 },
    { name: '冒充客服', value: 21 },
    { name: '虚假投资', value: 17 },
    { name: '网络贷款', value: 11 },
    { name: '其他', value: 9 },
  ],
};

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('RingChart in Chromium', () => {
  for (const state of widgetStates) {
    it(`shows data-state="${state}"`, async () => {
      const items = state === 'empty' || state === 'loading' ? [] : sample.items;
      mounted = mount(<RingChart {...sample} items={items} status={statusFor(state, 'fraud')} />);
      await expectState(mounted.box, state);
    });
  }

  it('renders an XSS payload as text in tooltip, table and title', async () => {
    const ready = readyChart();
    mounted = mount(
      <RingChart
        title={xss}
        unit={xss}
        items={[
          { name: xss, value: 3 },
          { name: 'b', value: 1 },
        ]}
        onChartReady={ready.onReady}
      />,
    );
    const chart = await ready.chart();
    chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 });
    const tip = mounted.box.querySelector('.echarts-for-react > div:last-child') as HTMLElement;
    await expect.poll(() => tip.textContent).toContain(xss);
    expect(mounted.box.querySelector('img')).toBeNull();
    await frame();
    expect(xssRan()).toBe(false);
  });

  it('draws the total in the centre (screenshot)', async () => {
    const ready = readyChart();
    mounted = mount(
      onWall(<RingChart {...sample} onChartReady={ready.onReady} />, 480, 300),
      480,
      300,
    );
    const chart = await ready.chart();
    expect((chart.getOption() as { title: { text: string }[] }).title[0]?.text).toBe('104');
    await new Promise((r) => setTimeout(r, 800));
    await saveScreenshot(mounted.box, 'RingChart');
  });

  it('redraws a value update in one frame, not thirty', async () => {
    const ready = readyChart();
    mounted = mount(<RingChart {...sample} onChartReady={ready.onReady} />, 480, 300);
    const chart = await ready.chart();
    await expect.poll(() => chart.getZr().animation.isFinished(), { timeout: 5000 }).toBe(true);
    const moved = sample.items.map((it, i) => ({ ...it, value: it.value + 5 * (i + 1) }));
    mounted.render(<RingChart {...sample} items={moved} onChartReady={ready.onReady} />);
    await expect
      .poll(() => (chart.getOption() as { title: { text: string }[] }).title[0]?.text)
      .toBe('179');
    await frame();
    await frame();
    // Nothing left moving: the sectors stand at their new angles.
    expect(chart.getZr().animation.isFinished()).toBe(true);
  });

  it('survives StrictMode and 50 quick mount/unmount cycles without errors', async () => {
    expect(await cycle(<RingChart {...sample} />)).toEqual([]);
  });

  it('switches theme by option colours on the same instance', async () => {
    const result = await switchTheme((r) => <RingChart {...sample} onChartReady={r} />);
    expect(result.sameInstance).toBe(true);
    expect(result.after).not.toBe(result.before);
    expect(result.after).toContain('#00779e');
  });
});
