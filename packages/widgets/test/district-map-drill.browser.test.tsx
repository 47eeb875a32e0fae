import type { AreaCollection } from '@onescreen/geo';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import jiaxingRaw from '../../../data/geo/jiaxing.geojson?raw';
import townsRaw from '../../../data/geo/xiuzhou-towns.synthetic.geojson?raw';
import { DistrictMap } from '../src/DistrictMap/DistrictMap.js';
import { mapGeometry, toChart } from '../src/maplayout/geometry.js';
import { frame, type Mounted, mount, readyChart, xssRan } from './echarts.harness.js';

// The props a host uses to drill through its own boundary layers: a trail of places above
// the areas shown, leading back by onDrill, and points that report their id when clicked.

const jiaxing = JSON.parse(jiaxingRaw) as AreaCollection;
const towns = JSON.parse(townsRaw) as AreaCollection;
const xss = '<img src=x onerror="window.__xss=1">';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('DistrictMap drilled by its host', () => {
  it('shows the trail root › district › selected town; each place above is a button back to it', async () => {
    const drills: (string | null)[] = [];
    mounted = mount(
      <DistrictMap
        geojson={towns}
        mapName="test/towns"
        values={{ '330411101': 12, '330411104': 30 }}
        title="秀洲区"
        areaName="杭州 · 嘉兴"
        trail={[{ code: '330411', name: '秀洲区' }]}
        selected="330411104"
        drill={null}
        onDrill={(c) => drills.push(c)}
      />,
      640,
      480,
    );
    const nav = mounted.box.querySelector('nav') as HTMLElement;
    expect(nav.textContent?.replace(/\s+/g, '')).toBe('杭州·嘉兴›秀洲区›新塍镇');
    expect(nav.querySelector('[aria-current="location"]')?.textContent).toBe('新塍镇');
    // Nine towns to move through by keyboard; the selected one pressed.
    const keys = [...mounted.box.querySelectorAll<HTMLButtonElement>('[data-district]')];
    expect(keys).toHaveLength(9);
    expect(keys.find((k) => k.dataset.district === '330411104')?.getAttribute('aria-pressed')).toBe(
      'true',
    );
    const [root, district] = [...nav.querySelectorAll('button')];
    district?.focus();
    await userEvent.keyboard('{Enter}');
    root?.focus();
    await userEvent.keyboard('{Enter}');
    expect(drills).toEqual(['330411', null]);
    // Controlled as null, the map's own one-district drill never narrows the towns away.
    expect(mounted.box.querySelectorAll('[data-district]')).toHaveLength(9);
  });

  it('at the top with an empty trail, names the whole area and offers no drill button', () => {
    mounted = mount(
      <DistrictMap
        geojson={jiaxing}
        mapName="test/jiaxing-trail"
        values={{}}
        areaName="嘉兴"
        trail={[]}
        selected="330411"
      />,
    );
    const nav = mounted.box.querySelector('nav') as HTMLElement;
    expect(nav.querySelectorAll('button')).toHaveLength(0);
    expect(nav.textContent?.replace(/\s+/g, '')).toBe('嘉兴›秀洲区');
  });

  it('reports the ids under a clicked marker, and draws a hostile point name as text', async () => {
    const ready = readyChart();
    const clicked: (readonly string[])[] = [];
    const point = { id: 'XZ-FS-00', name: xss, lon: 120.7, lat: 30.76, kind: 'station' as const };
    mounted = mount(
      <DistrictMap
        geojson={jiaxing}
        mapName="test/jiaxing-points"
        values={{}}
        points={[point]}
        onPointClick={(ids) => clicked.push(ids)}
        onChartReady={ready.onReady}
      />,
      640,
      480,
    );
    const chart = await ready.chart();
    await frame();
    // The map draws Jiaxing's plane geometry: the point's chart coordinates, then its pixel.
    const at = toChart(mapGeometry(jiaxing).toPlane(point.lon, point.lat));
    const [x, y] = chart.convertToPixel({ geoIndex: 0 }, at) as number[];
    const canvas = mounted.box.querySelector('canvas') as HTMLCanvasElement;
    await userEvent.click(page.elementLocator(canvas), {
      position: { x: x as number, y: y as number },
    });
    await expect.poll(() => clicked).toEqual([['XZ-FS-00']]);
    expect(xssRan()).toBe(false);
  });

  it('an uncontrolled drill into a district the new boundaries lack shows them all, not an empty map', async () => {
    const ready = readyChart();
    mounted = mount(
      <DistrictMap
        geojson={jiaxing}
        mapName="test/jiaxing-swap"
        values={{}}
        onChartReady={ready.onReady}
      />,
      640,
      480,
    );
    await ready.chart();
    const drill = [...mounted.box.querySelectorAll<HTMLButtonElement>('[data-district]')].find(
      (b) => b.dataset.district === '330411',
    );
    drill?.click();
    const box = mounted.box;
    await expect.poll(() => box.querySelector('nav button')).not.toBeNull();
    (box.querySelector('nav button') as HTMLButtonElement).click();
    await expect.poll(() => box.querySelectorAll('[data-district]').length).toBe(1);
    // The host now hands the towns over: the drill into 330411 matches none of them.
    mounted.render(
      <DistrictMap
        geojson={towns}
        mapName="test/towns-swap"
        values={{}}
        onChartReady={ready.onReady}
      />,
    );
    await expect.poll(() => box.querySelectorAll('[data-district]').length).toBe(9);
  });
});
