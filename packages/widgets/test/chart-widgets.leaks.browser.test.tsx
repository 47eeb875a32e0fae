import type { AreaCollection } from '@onescreen/geo';
import { coverageSummary, createCoverage } from '@onescreen/geo';
import type { EChartsType } from 'echarts/core';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import jiaxingRaw from '../../../data/geo/jiaxing.geojson?raw';
import { CoverageMap } from '../src/CoverageMap/CoverageMap.js';
import { DistrictMap } from '../src/DistrictMap/DistrictMap.js';
import { HeatGrid } from '../src/HeatGrid/HeatGrid.js';
import { RankingBoard } from '../src/RankingBoard/RankingBoard.js';
import { RingChart } from '../src/RingChart/RingChart.js';
import { TrendChart } from '../src/TrendChart/TrendChart.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { trackListeners, trackTimers, wait } from './base-harness.js';

const jiaxing = JSON.parse(jiaxingRaw) as AreaCollection;
const stations = [
  { id: 'a', lon: 120.7, lat: 30.77, radiusKm: 2.667 },
  { id: 'b', lon: 120.65, lat: 30.82, radiusKm: 2.667 },
];
const coverage = coverageSummary(createCoverage(jiaxing, stations));

/** Each chart widget with props that differ by `i`, so updates really change the option. */
const widgets: [string, (i: number, onReady: (c: EChartsType) => void) => ReactNode][] = [
  [
    'TrendChart',
    (i, r) => (
      <TrendChart
        categories={['1月', '2月']}
        series={[{ name: 's', values: [i, i + 1], previous: [1, 2] }]}
        onChartReady={r}
      />
    ),
  ],
  [
    'RingChart',
    (i, r) => (
      <RingChart
        items={[
          { name: 'a', value: 1 + i },
          { name: 'b', value: 3 },
        ]}
        onChartReady={r}
      />
    ),
  ],
  ['HeatGrid', (i, r) => <HeatGrid values={[[i % 9, 1, 2]]} onChartReady={r} />],
  [
    'RankingBoard',
    (i) => (
      <RankingBoard
        items={[
          { name: 'a', value: i },
          { name: 'b', value: 5 },
        ]}
      />
    ),
  ],
  [
    'DistrictMap',
    (i, r) => (
      <DistrictMap
        geojson={jiaxing}
        mapName="leaks/jiaxing"
        values={{ 330411: i }}
        selected={i % 2 ? '330411' : null}
        onChartReady={r}
      />
    ),
  ],
  [
    'CoverageMap',
    (i, r) => (
      <CoverageMap
        geojson={jiaxing}
        mapName="leaks/jiaxing"
        stations={stations}
        coverage={coverage}
        targetKm2PerStation={20 + (i % 5)}
        onChartReady={r}
      />
    ),
  ],
];

/** The tree in a box with a height: charts lay out for their measured box and make none in a 0-px one. */
const boxed = (node: ReactNode) => (
  <OnescreenProvider style={{ height: '100%' }}>{node}</OnescreenProvider>
);

describe('chart widgets return everything they take', () => {
  for (const [name, render] of widgets) {
    it(`${name}: 500 mounts and 2,000 updates leave no live chart, timer, listener, observer or node`, async () => {
      const host = document.createElement('div');
      host.style.cssText = 'width:640px;height:360px';
      document.body.append(host);
      const charts: EChartsType[] = [];
      const onReady = (c: EChartsType) => charts.push(c);
      // Warm-up: React's document listener and ECharts' one-time globals are not the widget's.
      const warm = createRoot(host);
      flushSync(() => warm.render(boxed(render(0, onReady))));
      await wait(50);
      warm.unmount();
      await wait(20);
      const nodes = document.querySelectorAll('*').length;
      const timers = trackTimers();
      const listeners = trackListeners();
      try {
        for (let i = 0; i < 500; i++) {
          const root = createRoot(host);
          flushSync(() => root.render(boxed(render(i, onReady))));
          if (i % 50 === 0) await wait(20); // let charts finish initialising, observers fire
          root.unmount();
        }
        const root = createRoot(host);
        for (let i = 0; i < 2000; i++) {
          flushSync(() => root.render(boxed(render(i, onReady))));
          if (i % 200 === 0) await wait(20);
        }
        expect(host.querySelector(`[data-widget="${name}"]`)).not.toBeNull();
        root.unmount();
        await wait(50);
        expect(charts.filter((c) => !c.isDisposed())).toHaveLength(0);
        expect(timers.live()).toEqual({ timeouts: 0, intervals: 0, frames: 0 });
        expect(listeners.live(), listeners.describe().join('; ')).toEqual({
          listeners: 0,
          observers: 0,
        });
        expect(document.querySelectorAll('*').length).toBe(nodes);
        if (name !== 'RankingBoard') expect(charts.length).toBeGreaterThan(10);
      } finally {
        timers.restore();
        listeners.restore();
        host.remove();
      }
    }, 120_000);
  }
});
