import { statusFor, widgetStates } from '@onescreen/fixtures/status';
import { type AreaCollection, coverageGaps, coverageSummary, createCoverage } from '@onescreen/geo';
import { afterEach, describe, expect, it } from 'vitest';
import fire from '../../../data/feeds/fire.json';
import jiaxingRaw from '../../../data/geo/jiaxing.geojson?raw';
import { CoverageMap, type CoverageMapProps } from '../src/CoverageMap/CoverageMap.js';
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

const jiaxing = JSON.parse(jiaxingRaw) as AreaCollection;
const xiuzhou: AreaCollection = {
  ...jiaxing,
  features: jiaxing.features.filter((f) => String((f as { id?: string }).id) === '330411'),
};
const radiusKm = fire.data.response[0]?.radiusKm ?? 2.667;
// The published target (one station per 22 km²) comes from the feed; the widget has none of its own.
const targetKm2PerStation = fire.data.response[0]?.targetKm2PerStation ?? 22;
const stations = fire.data.stations.map((s) => ({
  id: s.id,
  name: s.name,
  lon: s.location[0] as number,
  lat: s.location[1] as number,
  radiusKm,
}));
const model = createCoverage(xiuzhou, stations);
const coverage = coverageSummary(model);
const gaps = coverageGaps(model, 3);
const xss = '<img src=x onerror="window.__xss=1">';
const base: CoverageMapProps = {
  geojson: xiuzhou,
  mapName: 'test/xiuzhou',
  stations,
  coverage,
  gaps,
  title: '秀洲区 五分钟救援圈',
  targetKm2PerStation,
};

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('CoverageMap in Chromium', () => {
  for (const state of widgetStates) {
    it(`shows data-state="${state}"`, async () => {
      const geo =
        state === 'empty' ? { type: 'FeatureCollection' as const, features: [] } : xiuzhou;
      mounted = mount(<CoverageMap {...base} geojson={geo} status={statusFor(state, 'fire')} />);
      await expectState(mounted.box, state);
    });
  }

  it('reports loading while the engine has not answered', async () => {
    mounted = mount(<CoverageMap {...base} coverage={null} />);
    await expectState(mounted.box, 'loading');
  });

  it('states the honest figures: 23 stations, 23.6 km² per station against 22', async () => {
    mounted = mount(<CoverageMap {...base} />);
    const per = mounted.box.querySelector('[data-per-station]') as HTMLElement;
    expect(per.textContent).toContain('23.6 km²');
    expect(per.textContent).toContain('未达标，需 25 站');
    const covered = mounted.box.querySelector('[data-covered]')?.textContent ?? '';
    expect(covered).toBe(`${(Math.round(coverage.total.coveredShare * 1000) / 10).toString()}%`);
  });

  it('renders an XSS payload as a station name as text, tooltip included', async () => {
    const ready = readyChart();
    const poisoned = stations.map((s) => ({ ...s, name: xss }));
    mounted = mount(
      <CoverageMap {...base} stations={poisoned} title={xss} onChartReady={ready.onReady} />,
    );
    const chart = await ready.chart();
    chart.dispatchAction({ type: 'showTip', seriesIndex: 1, dataIndex: 0 });
    const tip = mounted.box.querySelector('.echarts-for-react > div:last-child') as HTMLElement;
    await expect.poll(() => tip.textContent).toContain(`${xss}：半径`);
    expect(mounted.box.querySelector('img')).toBeNull();
    await frame();
    expect(xssRan()).toBe(false);
  });

  it('screenshot: 秀洲 fire stations', async () => {
    const ready = readyChart();
    mounted = mount(
      onWall(<CoverageMap {...base} onChartReady={ready.onReady} />, 960, 620),
      960,
      620,
    );
    const chart = await ready.chart();
    // The custom series drew one circle per station.
    expect((chart.getOption() as { series: { data: unknown[] }[] }).series[0]?.data).toHaveLength(
      23,
    );
    await new Promise((r) => setTimeout(r, 900));
    await saveScreenshot(mounted.box, 'CoverageMap');
  });

  it('survives StrictMode and 50 quick mount/unmount cycles without errors', async () => {
    expect(await cycle(<CoverageMap {...base} />)).toEqual([]);
  });

  it('switches theme by option colours on the same instance', async () => {
    const result = await switchTheme((r) => <CoverageMap {...base} onChartReady={r} />);
    expect(result.sameInstance).toBe(true);
    expect(result.after).not.toBe(result.before);
    expect(result.after).toContain('#00779e');
  });

  it('speaks English in its summary', async () => {
    mounted = mount(onWall(<CoverageMap {...base} />, 640, 480, 'en'));
    const per = mounted.box.querySelector('[data-per-station]')?.textContent ?? '';
    expect(per).toContain('misses target; 25 stations needed');
    expect(mounted.box.querySelector('[data-coverage-summary]')?.textContent).toContain(
      'Area per station',
    );
  });
});
