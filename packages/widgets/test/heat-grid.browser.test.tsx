import { seeded } from '@onescreen/fixtures/seeded';
import { statusFor, widgetStates } from '@onescreen/fixtures/status';
import { afterEach, describe, expect, it } from 'vitest';
import { HeatGrid } from '../src/HeatGrid/HeatGrid.js';
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

const rand = seeded(7);
// Fraud calls peak in the evening and on weekends, as the Lin'an analysis by time of day shows.
const values = Array.from({ length: 7 }, (_, d) =>
  Array.from({ length: 24 }, (_, h) =>
    Math.round(
      (h >= 19 && h <= 22 ? 8 : h >= 9 && h <= 17 ? 4 : 1) * (d >= 5 ? 1.4 : 1) * (0.6 + rand()),
    ),
  ),
);
const xss = '<img src=x onerror="window.__xss=1">';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('HeatGrid in Chromium', () => {
  for (const state of widgetStates) {
    it(`shows data-state="${state}"`, async () => {
      const v = state === 'empty' || state === 'loading' ? [] : values;
      mounted = mount(<HeatGrid title="案发时段" values={v} status={statusFor(state, 'fraud')} />);
      await expectState(mounted.box, state);
    });
  }

  it('escapes the unit in its tooltip and labels days in English', async () => {
    const ready = readyChart();
    mounted = mount(
      onWall(
        <HeatGrid title={xss} unit={xss} values={values} onChartReady={ready.onReady} />,
        640,
        320,
        'en',
      ),
    );
    const chart = await ready.chart();
    chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 });
    const tip = mounted.box.querySelector('.echarts-for-react > div:last-child') as HTMLElement;
    await expect.poll(() => tip.textContent).toContain(`Mon 0:00–1:00: ${values[0]?.[0]}${xss}`);
    expect(mounted.box.querySelector('img')).toBeNull();
    expect(mounted.box.querySelector('table')?.textContent).toContain('Sun');
    await frame();
    expect(xssRan()).toBe(false);
  });

  it('screenshot', async () => {
    const ready = readyChart();
    mounted = mount(
      onWall(
        <HeatGrid
          title="诈骗案件时段分布（周 × 时）"
          unit="起"
          values={values}
          onChartReady={ready.onReady}
        />,
        960,
        320,
      ),
      960,
      320,
    );
    await ready.chart();
    await new Promise((r) => setTimeout(r, 800));
    await saveScreenshot(mounted.box, 'HeatGrid');
  });

  it('keys its colours under the grid, 0 to the peak, and follows new values', async () => {
    const ready = readyChart();
    mounted = mount(<HeatGrid title="案发时段" values={values} onChartReady={ready.onReady} />);
    await ready.chart();
    const key = () => mounted?.box.querySelector('.os-heat-scale') as HTMLElement | null;
    const peak = Math.max(...values.flat());
    expect(key()?.textContent).toBe(`0${peak.toLocaleString('zh-CN')}`);
    expect(key()?.getAttribute('aria-hidden')).toBe('true');
    // Inside the widget's box, under the grid.
    const box = mounted.box.getBoundingClientRect();
    const at = key()?.getBoundingClientRect();
    expect(at && at.bottom <= box.bottom + 0.5 && at.top > box.top + box.height / 2).toBe(true);
    mounted.render(<HeatGrid title="案发时段" values={[[2, 5040]]} />);
    expect(key()?.textContent).toBe('05,040');
    // No key on an empty grid.
    mounted.render(<HeatGrid title="案发时段" values={[]} />);
    expect(key()).toBeNull();
  });

  it('survives StrictMode and 50 quick mount/unmount cycles without errors', async () => {
    expect(await cycle(<HeatGrid title="案发时段" values={values} />)).toEqual([]);
  });

  it('switches theme by option colours on the same instance', async () => {
    const result = await switchTheme((r) => (
      <HeatGrid title="案发时段" values={values} onChartReady={r} />
    ));
    expect(result.sameInstance).toBe(true);
    expect(result.after).not.toBe(result.before);
    expect(result.after).toContain('#00779e');
  });
});
