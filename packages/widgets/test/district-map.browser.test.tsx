import { hangzhouJiaxing, sampleValues } from '@onescreen/fixtures';
import { statusFor, widgetStates } from '@onescreen/fixtures/status';
import type { AreaCollection } from '@onescreen/geo';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import jiaxingRaw from '../../../data/geo/jiaxing.geojson?raw';
import { DistrictMap, type DistrictMapProps } from '../src/DistrictMap/DistrictMap.js';
import { mapGeometry, toChart } from '../src/maplayout/geometry.js';
import { ScreenContainer } from '../src/screen/ScreenContainer.js';
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
const xss = '<img src=x onerror="window.__xss=1">';
const values: Record<string, number | null> = {
  330402: 31,
  330411: 54,
  330421: 22,
  330424: 18,
  330481: 40,
  330482: 12,
};
const base: DistrictMapProps = {
  geojson: jiaxing,
  mapName: 'test/jiaxing',
  values,
  unit: '件',
  title: '嘉兴市 信访量',
};

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** The chart coordinates of a GCJ-02 point: the map draws Jiaxing's plane geometry. */
const onJiaxing = (lonLat: [number, number]) =>
  toChart(mapGeometry(jiaxing).toPlane(lonLat[0], lonLat[1]));

/** Page coordinates of a district's label point on the chart canvas. */
function pointOf(
  chart: import('echarts/core').EChartsType,
  lonLat: [number, number],
  box: HTMLElement,
) {
  const [x, y] = chart.convertToPixel({ geoIndex: 0 }, onJiaxing(lonLat)) as number[];
  const canvas = box.querySelector('canvas') as HTMLCanvasElement;
  return { canvas, x: x as number, y: y as number };
}

describe('DistrictMap in Chromium', () => {
  for (const state of widgetStates) {
    it(`shows data-state="${state}"`, async () => {
      const geo =
        state === 'empty' || state === 'loading'
          ? { type: 'FeatureCollection' as const, features: [] }
          : jiaxing;
      mounted = mount(
        <DistrictMap
          {...base}
          geojson={geo}
          mapName={`test/state-${state}`}
          status={statusFor(state, 'petitions')}
        />,
      );
      await expectState(mounted.box, state);
    });
  }

  it('clicking a district calls onSelect with its code; clicking outside clears', async () => {
    const ready = readyChart();
    const calls: (string | null)[] = [];
    const hovered: (string | null)[] = [];
    mounted = mount(
      <DistrictMap
        {...base}
        onSelect={(c) => calls.push(c)}
        onHover={(c) => hovered.push(c)}
        onChartReady={ready.onReady}
      />,
      640,
      480,
    );
    const chart = await ready.chart();
    await frame();
    // 秀洲区's label point.
    const xiuzhou = jiaxing.features.find((f) => String((f as { id?: string }).id) === '330411');
    const { canvas, x, y } = pointOf(
      chart,
      xiuzhou?.properties?.cp as [number, number],
      mounted.box,
    );
    await userEvent.hover(page.elementLocator(canvas), { position: { x, y } });
    await expect.poll(() => hovered.at(-1)).toBe('330411');
    await userEvent.click(page.elementLocator(canvas), { position: { x, y } });
    expect(calls).toEqual(['330411']);
    await userEvent.click(page.elementLocator(canvas), { position: { x: 3, y: 3 } });
    expect(calls).toEqual(['330411', null]);
    await expect.poll(() => hovered.at(-1)).toBeNull();
  });

  it('an open tooltip says the new value when values change under it (pointer and keyboard)', async () => {
    const ready = readyChart();
    const m = mount(<DistrictMap {...base} onChartReady={ready.onReady} />, 640, 480);
    mounted = m;
    const chart = await ready.chart();
    await frame();
    const tip = () =>
      (m.box.querySelector('.os-chart-tooltip') as HTMLElement | null)?.textContent ?? '';
    const xiuzhou = jiaxing.features.find((f) => String((f as { id?: string }).id) === '330411');
    const { canvas, x, y } = pointOf(chart, xiuzhou?.properties?.cp as [number, number], m.box);
    await userEvent.hover(page.elementLocator(canvas), { position: { x, y } });
    await expect.poll(tip).toContain('54件');
    m.render(<DistrictMap {...base} values={{ ...values, 330411: 61 }} />);
    await expect.poll(tip).toContain('61件');
    await expect.poll(tip).not.toContain('54件');
    // The keyboard's district, likewise (the pointer leaves first).
    await userEvent.unhover(page.elementLocator(canvas));
    const key = m.box.querySelector('[data-district="330402"]') as HTMLButtonElement;
    key.focus();
    await expect.poll(tip).toContain('31件');
    m.render(<DistrictMap {...base} values={{ ...values, 330411: 61, 330402: 35 }} />);
    await expect.poll(tip).toContain('35件');
  });

  it('keyboard: Tab/arrow through districts, Enter selects, drill and back by buttons', async () => {
    const ready = readyChart();
    const selected: (string | null)[] = [];
    mounted = mount(
      <DistrictMap {...base} onSelect={(c) => selected.push(c)} onChartReady={ready.onReady} />,
      640,
      480,
    );
    await ready.chart();
    const first = mounted.box.querySelector('[data-district]') as HTMLButtonElement;
    first.focus();
    // The focused district is highlighted on the map and its tooltip names it.
    const tip = mounted.box.querySelector('.echarts-for-react > div:last-child') as HTMLElement;
    await expect.poll(() => tip.textContent).toContain(first.textContent ?? '?');
    await userEvent.keyboard('{ArrowDown}');
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.district).toBe(
      jiaxing.features[1]?.id?.toString() ?? (jiaxing.features[1]?.properties?.adcode as string),
    );
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([focused.dataset.district]);
    const drill = [...mounted.box.querySelectorAll('nav button')].at(-1) as HTMLButtonElement;
    drill.focus();
    await userEvent.keyboard('{Enter}');
    expect(mounted.box.querySelectorAll('[data-district]')).toHaveLength(1);
    const back = mounted.box.querySelector('nav button') as HTMLButtonElement;
    expect(back.textContent).toContain('嘉兴市');
    back.focus();
    await userEvent.keyboard('{Enter}');
    expect(mounted.box.querySelectorAll('[data-district]')).toHaveLength(7);
  });

  it('shows an XSS payload as a district name as text, tooltip included', async () => {
    const ready = readyChart();
    const poisoned: AreaCollection = {
      ...jiaxing,
      features: jiaxing.features.map((f) => ({
        ...f,
        properties: { ...f.properties, name: xss, city: xss },
      })),
    };
    const points = [{ id: 's', name: xss, lon: 120.7, lat: 30.8, kind: 'station' as const }];
    mounted = mount(
      <DistrictMap
        {...base}
        geojson={poisoned}
        mapName="test/xss"
        points={points}
        onChartReady={ready.onReady}
      />,
    );
    const chart = await ready.chart();
    chart.dispatchAction({ type: 'showTip', geoIndex: 0, name: '330411' });
    const tip = mounted.box.querySelector('.echarts-for-react > div:last-child') as HTMLElement;
    await expect.poll(() => tip.textContent).toContain(`${xss}: 54件`);
    expect(mounted.box.querySelector('img')).toBeNull();
    expect(mounted.box.querySelector('nav')?.textContent).toContain(xss);
    await frame();
    expect(xssRan()).toBe(false);
  });

  it('legend lists each class with its range and count, and the no-data class', async () => {
    mounted = mount(<DistrictMap {...base} classes={3} />);
    const rows = [...mounted.box.querySelectorAll('[data-map-legend] [data-class]')].map(
      (r) => r.textContent,
    );
    // Six districts with data in three quantile classes of two, and 平湖/嘉兴 without data.
    expect(rows).toEqual(['12–18(2 个)', '22–31(2 个)', '40–54(2 个)', '无数据(1 个)']);
  });

  it('screenshot: Hangzhou and Jiaxing with stations', async () => {
    const both = hangzhouJiaxing;
    const all = sampleValues(both);
    const points = [
      { id: 'a', name: '秀洲中心站', lon: 120.71, lat: 30.77, kind: 'station' as const },
      { id: 'b', name: '王江泾镇', lon: 120.72, lat: 30.88, kind: 'town' as const },
      { id: 'c', name: '宁围街道', lon: 120.29, lat: 30.23, kind: 'town' as const },
    ];
    const ready = readyChart();
    mounted = mount(
      onWall(
        <DistrictMap
          geojson={both}
          mapName="test/hz-jx"
          values={all}
          points={points}
          unit="件"
          title="杭嘉 信访量（2022年）"
          areaName="杭州市 · 嘉兴市"
          selected="330109"
          onChartReady={ready.onReady}
        />,
        960,
        620,
      ),
      960,
      620,
    );
    await ready.chart();
    await new Promise((r) => setTimeout(r, 900));
    await saveScreenshot(mounted.box, 'DistrictMap');
  });

  it('survives StrictMode and 50 quick mount/unmount cycles without errors', async () => {
    expect(await cycle(<DistrictMap {...base} />)).toEqual([]);
  });

  it('switches theme by option colours on the same instance', async () => {
    const result = await switchTheme((r) => <DistrictMap {...base} onChartReady={r} />);
    expect(result.sameInstance).toBe(true);
    expect(result.after).not.toBe(result.before);
    expect(result.after).toContain('#00779e');
  });

  it('hit-tests the right district inside a ScreenContainer scaled 2× (CSS zoom)', async () => {
    const ready = readyChart();
    const calls: (string | null)[] = [];
    mounted = mount(
      <ScreenContainer width={960} height={540}>
        <div style={{ width: 640, height: 480 }}>
          <DistrictMap
            {...base}
            mapName="test/zoomed"
            onSelect={(c) => calls.push(c)}
            onChartReady={ready.onReady}
          />
        </div>
      </ScreenContainer>,
      1920,
      1080,
    );
    const chart = await ready.chart();
    await frame();
    const nanhu = jiaxing.features.find((f) => String((f as { id?: string }).id) === '330402');
    const [x = 0, y = 0] = chart.convertToPixel(
      { geoIndex: 0 },
      onJiaxing(nanhu?.properties?.cp as [number, number]),
    ) as number[];
    const canvas = mounted.box.querySelector('canvas') as HTMLCanvasElement;
    const rect = canvas.getBoundingClientRect();
    // Chart pixels are design pixels; on screen each is `rect.width / chart.getWidth()` wide.
    const zoom = rect.width / chart.getWidth();
    expect(zoom).toBeCloseTo(2, 1);
    await userEvent.click(page.elementLocator(canvas), { position: { x: x * zoom, y: y * zoom } });
    expect(calls).toEqual(['330402']);
  });

  it('natural breaks: the legend says so and classes follow the clusters', async () => {
    const clustered = { 330402: 10, 330411: 11, 330421: 12, 330424: 50, 330481: 52, 330482: 90 };
    mounted = mount(<DistrictMap {...base} values={clustered} classes={3} classMethod="natural" />);
    const legend = mounted.box.querySelector('[data-map-legend]') as HTMLElement;
    expect(legend.textContent).toContain('自然断点');
    const rows = [...legend.querySelectorAll('[data-class]')].map((r) => r.textContent);
    expect(rows).toEqual(['10–12(3 个)', '50–52(2 个)', '90(1 个)', '无数据(1 个)']);
  });

  it('speaks English: legend, breadcrumb and key list', async () => {
    mounted = mount(
      onWall(<DistrictMap {...base} selected="330411" areaName="Jiaxing" />, 640, 480, 'en'),
    );
    expect(mounted.box.querySelector('[data-map-legend]')?.textContent).toContain(
      'Classes (quantiles)',
    );
    expect(mounted.box.querySelector('[data-map-legend]')?.textContent).toContain('No data');
    expect(mounted.box.querySelector('nav')?.textContent).toContain('Open 秀洲区');
    expect(mounted.box.querySelector('ul')?.getAttribute('aria-label')).toMatch(/^Districts:/);
  });

  it('pulses the districts an alert concerns and says which on its root', async () => {
    const ready = readyChart();
    const m = mount(
      <DistrictMap
        {...base}
        alerted={{ 330411: 'warning', 999999: 'critical' }}
        onChartReady={ready.onReady}
      />,
      640,
      480,
    );
    mounted = m;
    const chart = await ready.chart();
    const pulses = () =>
      [...m.box.querySelectorAll<HTMLElement>('[data-map-pulse]')].map((p) => p.dataset.mapPulse);
    await expect.poll(pulses).toEqual(['330411']);
    // Codes the map does not draw are not claimed.
    expect(m.box.querySelector('[data-alerted]')?.getAttribute('data-alerted')).toBe('330411');
    // The pulse sits where ECharts draws the district's label point (within a pixel).
    const pulse = m.box.querySelector('[data-map-pulse]') as HTMLElement;
    const canvas = m.box.querySelector('canvas') as HTMLCanvasElement;
    const at = pulse.getBoundingClientRect();
    const origin = canvas.getBoundingClientRect();
    const pole = mapGeometry(jiaxing).shapes.find((s) => s.code === '330411')?.pole ?? [0, 0];
    const [px, py] = chart.convertToPixel({ geoIndex: 0 }, toChart(pole)) as number[];
    expect(Math.abs(at.x + at.width / 2 - origin.x - (px as number))).toBeLessThan(1);
    expect(Math.abs(at.y + at.height / 2 - origin.y - (py as number))).toBeLessThan(1);
    // Its rings move by CSS, in the level's colour; the chart itself animates nothing.
    const ring = pulse.querySelector('.os-map-pulse__ring') as Element;
    expect(getComputedStyle(ring).animationName).toBe('os-map-ripple');
    expect(getComputedStyle(pulse).backgroundColor).toBe('rgb(255, 181, 71)');
    expect(getComputedStyle(m.box.querySelector('.os-map-pulses') as Element).pointerEvents).toBe(
      'none',
    );
    m.render(<DistrictMap {...base} alerted={{}} onChartReady={ready.onReady} />);
    await expect.poll(pulses).toEqual([]);
    expect(m.box.querySelector('[data-alerted]')).toBeNull();
  });

  it('recolours the fill layer on a value update and leaves the chart alone', async () => {
    const ready = readyChart();
    const m = mount(<DistrictMap {...base} onChartReady={ready.onReady} />, 640, 480);
    mounted = m;
    const chart = await ready.chart();
    const fill = (code: string) =>
      m.box.querySelector(`[data-fill="${code}"]`)?.getAttribute('fill') ?? null;
    await expect.poll(() => fill('330411')).not.toBeNull();
    // The fill sits under the district as the chart draws it: its box is the region's, whose
    // label point the chart places (within a pixel of the path's own drawing).
    const path = m.box.querySelector('[data-fill="330411"]') as SVGPathElement;
    const canvas = m.box.querySelector('canvas') as HTMLCanvasElement;
    const origin = canvas.getBoundingClientRect();
    const shape = mapGeometry(jiaxing).shapes.find((s) => s.code === '330411');
    const [bx0, by0, bx1, by1] = shape?.box ?? [0, 0, 0, 0];
    const [x0, y0] = chart.convertToPixel({ geoIndex: 0 }, toChart([bx0, by0])) as number[];
    const [x1, y1] = chart.convertToPixel({ geoIndex: 0 }, toChart([bx1, by1])) as number[];
    const drawn = path.getBoundingClientRect();
    expect(Math.abs(drawn.left - origin.x - (x0 as number))).toBeLessThan(1);
    expect(Math.abs(drawn.right - origin.x - (x1 as number))).toBeLessThan(1);
    expect(Math.abs(drawn.top - origin.y - (y0 as number))).toBeLessThan(1);
    expect(Math.abs(drawn.bottom - origin.y - (y1 as number))).toBeLessThan(1);
    // Clicks reach the chart through the fills.
    expect(getComputedStyle(path.ownerSVGElement as Element).pointerEvents).toBe('none');
    // Names measured before their face loaded are laid out again once it has: wait for that.
    await document.fonts.ready;
    for (let i = 0; i < 3; i++) await frame();
    let draws = 0;
    chart.on('rendered', () => {
      draws++;
    });
    const before = fill('330402');
    // Two districts swap values, so they swap classes and the legend's ranges stay as they were
    // (a legend of another size would lay the map out again).
    m.render(
      <DistrictMap
        {...base}
        values={{ ...values, 330402: 22, 330421: 31 }}
        onChartReady={ready.onReady}
      />,
    );
    await expect.poll(() => fill('330402')).not.toBe(before);
    expect(fill('330421')).toBe(before);
    for (let i = 0; i < 5; i++) await frame();
    expect(draws).toBe(0);
    // The tooltip, read when shown, says the new value.
    chart.dispatchAction({ type: 'showTip', geoIndex: 0, name: '330402' });
    const tipSays = (text: string) =>
      [...m.box.querySelectorAll('.os-echart div')].some((d) => d.textContent?.includes(text));
    await expect.poll(() => tipSays('22件')).toBe(true);
    // A district losing its value is a change of outline (dashed): the chart redraws for that.
    m.render(
      <DistrictMap
        {...base}
        values={{ ...values, 330402: 22, 330421: null }}
        onChartReady={ready.onReady}
      />,
    );
    await expect.poll(() => draws).toBeGreaterThan(0);
  });

  it('restyles the selection on the same chart when it moves (uncontrolled)', async () => {
    const ready = readyChart();
    const m = mount(<DistrictMap {...base} onChartReady={ready.onReady} />, 640, 480);
    mounted = m;
    const chart = await ready.chart();
    const width = (code: string) => {
      const geo = (
        chart.getOption() as {
          geo: { regions: { name: string; itemStyle: { borderWidth: number } }[] }[];
        }
      ).geo[0];
      return geo?.regions.find((r) => r.name === code)?.itemStyle.borderWidth;
    };
    const keys = () => [...m.box.querySelectorAll<HTMLButtonElement>('[data-district]')];
    keys()
      .find((b) => b.dataset.district === '330411')
      ?.click();
    await expect.poll(() => width('330411')).toBe(3);
    keys()
      .find((b) => b.dataset.district === '330402')
      ?.click();
    await expect.poll(() => width('330402')).toBe(3);
    expect(width('330411')).toBe(1);
    expect(chart.isDisposed()).toBeFalsy();
  });
});
