import { hangzhouJiaxing, sampleValues } from '@onescreen/fixtures';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DistrictMap } from '../src/DistrictMap/DistrictMap.js';
import type { WidgetStatus } from '../src/frame/types.js';
import { HeatGrid } from '../src/HeatGrid/HeatGrid.js';
import { RingChart } from '../src/RingChart/RingChart.js';
import { TrendChart } from '../src/TrendChart/TrendChart.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { type Mounted, mount } from './echarts.harness.js';

// A widget fed from the network starts loading and only then gets its data: its chart must be
// drawn once the body appears, not measured once while there was no body to measure.

const loading: WidgetStatus = { state: 'loading' };
const ready: WidgetStatus = { state: 'ready' };
const cases: [string, (s: WidgetStatus) => ReactNode][] = [
  [
    'TrendChart',
    (s) => (
      <TrendChart categories={['1月', '2月']} series={[{ name: 's', values: [3, 4] }]} status={s} />
    ),
  ],
  [
    'RingChart',
    (s) => (
      <RingChart
        items={[
          { name: 'a', value: 3 },
          { name: 'b', value: 5 },
        ]}
        status={s}
      />
    ),
  ],
  ['HeatGrid', (s) => <HeatGrid values={[[1, 2, 3]]} status={s} />],
  [
    'DistrictMap',
    (s) => (
      <DistrictMap
        geojson={hangzhouJiaxing}
        mapName="after-loading"
        values={sampleValues(hangzhouJiaxing)}
        status={s}
      />
    ),
  ],
];

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('a chart widget that starts loading', () => {
  it.each(cases)('%s draws its chart once its data comes', async (_name, make) => {
    const wrap = (node: ReactNode) => (
      <OnescreenProvider style={{ display: 'grid', width: '100%', height: '100%' }}>
        {node}
      </OnescreenProvider>
    );
    mounted = mount(wrap(make(loading)), 640, 360);
    expect(mounted.box.querySelector('canvas')).toBeNull();
    mounted.render(wrap(make(ready)));
    await expect.poll(() => mounted?.box.querySelectorAll('canvas').length ?? 0).toBeGreaterThan(0);
  });
});
