import { LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { dispose, type EChartsType, getInstanceByDom, init } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import EChartsReactCore from 'echarts-for-react/esm/core';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EChart } from '../src/echarts/EChart.js';
import { createGuardedEcharts } from '../src/echarts/guardedEcharts.js';
import { ScreenContext, type ScreenInfo } from '../src/screen/context.js';
import { frame, type Mounted, mount, readyChart } from './echarts.harness.js';

const parts = [LineChart, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer];
const option = (color: string) => ({
  aria: { enabled: true },
  xAxis: { type: 'category', data: ['a', 'b', 'c'] },
  yAxis: { type: 'value' },
  series: [{ id: 'x', type: 'line', data: [1, 3, 2], itemStyle: { color } }],
});

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function screen(pixelRatio: number): ScreenInfo {
  return {
    designWidth: 1920,
    designHeight: 1080,
    scaleX: 2,
    scaleY: 2,
    scale: 2,
    dpr: 1,
    pixelRatio,
  };
}

/** Mounts a 400 × 200 line chart: its box, and the final chart once echarts-for-react made it. */
async function mountLineChart(): Promise<{ host: HTMLElement; chart: EChartsType }> {
  const charted = readyChart();
  mounted = mount(
    <EChart parts={parts} option={option('#f00')} onReady={charted.onReady} />,
    400,
    200,
  );
  const host = mounted.box.querySelector('.os-echart') as HTMLElement;
  return { host, chart: await charted.chart() };
}

describe('EChart binding', () => {
  it('backs the canvas with on-screen size × pixel ratio', async () => {
    const ready = readyChart();
    mounted = mount(
      <ScreenContext.Provider value={screen(2.5)}>
        <EChart parts={parts} option={option('#f00')} onReady={ready.onReady} />
      </ScreenContext.Provider>,
      400,
      200,
    );
    const chart = await ready.chart();
    expect(chart.getDevicePixelRatio()).toBe(2.5);
    const canvas = mounted.box.querySelector('canvas') as HTMLCanvasElement;
    const rect = canvas.getBoundingClientRect();
    expect(canvas.width).toBeGreaterThanOrEqual(Math.floor(rect.width * 2.5));
    expect(canvas.height).toBeGreaterThanOrEqual(Math.floor(rect.height * 2.5));
  });

  it('says on its box whether the chart has drawn its first frame (data-chart)', async () => {
    const ready = readyChart();
    let atReady: string | null = null;
    mounted = mount(
      <EChart
        parts={parts}
        option={option('#f00')}
        onReady={(c) => {
          const box = mounted?.box.querySelector<HTMLElement>('.os-echart');
          atReady = box?.dataset.chart ?? null;
          ready.onReady(c);
        }}
      />,
      400,
      200,
    );
    const host = mounted.box.querySelector('.os-echart') as HTMLElement;
    // Mounted, not drawn yet: echarts-for-react creates the final chart asynchronously.
    expect(host.dataset.chart).toBe('pending');
    await ready.chart();
    expect(atReady).toBe('pending');
    await expect.poll(() => host.dataset.chart).toBe('drawn');
    // Drawn: the canvas holds the line (some pixel is not transparent).
    const canvas = host.querySelector('canvas') as HTMLCanvasElement;
    const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    expect(pixels?.some((v, i) => i % 4 === 3 && v > 0)).toBe(true);
  });

  it('stays pending while a face its labels need loads, and is drawn once it has drawn again with it', async () => {
    // The faces of the chart's text are not in yet (a slice its labels need): held until released.
    let faceLoaded: () => void = () => {};
    const loading = new Promise<FontFace[]>((resolve) => {
      faceLoaded = () => resolve([]);
    });
    let arrived = false;
    const asked: string[] = [];
    const fonts = document.fonts;
    fonts.check = () => arrived;
    fonts.load = (font: string, text?: string) => {
      asked.push(`${font}|${text}`);
      return loading;
    };
    try {
      const { host, chart } = await mountLineChart();
      let draws = 0;
      chart.on('rendered', () => {
        draws++;
      });
      for (let i = 0; i < 3; i++) await frame();
      expect(host.dataset.chart).toBe('pending');
      // It asked for the glyphs of the text it drew: its category labels among them.
      const texts = asked.map((a) => a.split('|')[1] ?? '');
      expect(texts.some((t) => ['a', 'b', 'c'].every((ch) => t.includes(ch)))).toBe(true);
      arrived = true;
      faceLoaded();
      await expect.poll(() => host.dataset.chart).toBe('drawn');
      // It drew again, with the faces, before saying so.
      expect(draws).toBeGreaterThan(0);
    } finally {
      delete (fonts as unknown as Record<string, unknown>).check;
      delete (fonts as unknown as Record<string, unknown>).load;
    }
  });

  it('is drawn at once while fonts load that only other text needs', async () => {
    // Some page text's slice is loading (it never ends here); the chart's own text has its faces.
    const fonts = document.fonts;
    Object.defineProperty(fonts, 'status', { configurable: true, get: () => 'loading' });
    Object.defineProperty(fonts, 'ready', {
      configurable: true,
      get: () => new Promise<FontFaceSet>(() => {}),
    });
    try {
      const { host } = await mountLineChart();
      // Before, every chart waited for the page's fonts (here: for ever).
      await expect.poll(() => host.dataset.chart).toBe('drawn');
    } finally {
      delete (fonts as unknown as Record<string, unknown>).status;
      delete (fonts as unknown as Record<string, unknown>).ready;
    }
  });

  it('re-creates the chart when the pixel ratio changes, and follows its box by ResizeObserver', async () => {
    const first = readyChart();
    const tree = (ratio: number, onReady: typeof first.onReady) => (
      <ScreenContext.Provider value={screen(ratio)}>
        <EChart parts={parts} option={option('#f00')} onReady={onReady} />
      </ScreenContext.Provider>
    );
    mounted = mount(tree(1, first.onReady), 300, 150);
    const a = await first.chart();
    const second = readyChart();
    mounted.render(tree(2, second.onReady));
    const b = await second.chart();
    expect(b.getDevicePixelRatio()).toBe(2);
    expect(a.isDisposed()).toBe(true);
    mounted.box.style.width = '500px';
    await expect.poll(() => b.getWidth()).toBe(500);
  });

  it('is not laid out again when its observer first reports the size it was created at', async () => {
    let resizes = 0;
    const ready = readyChart();
    mounted = mount(
      <ScreenContext.Provider value={screen(1)}>
        <EChart
          parts={parts}
          option={option('#f00')}
          onReady={(c) => {
            const resize = c.resize.bind(c);
            c.resize = (...a) => {
              resizes += 1;
              resize(...a);
            };
            ready.onReady(c);
          }}
        />
      </ScreenContext.Provider>,
      300,
      150,
    );
    const chart = await ready.chart();
    // Observers of one element hear of it in the same frame: once ours has, the chart's has,
    // and the resize it would have asked for runs in the frame after.
    const host = mounted.box.querySelector('.os-echart') as HTMLElement;
    await new Promise<void>((resolve) => {
      const ours = new ResizeObserver(() => {
        ours.disconnect();
        resolve();
      });
      ours.observe(host);
    });
    await frame();
    await frame();
    expect(resizes).toBe(0);
    // A real change of size still resizes it.
    mounted.box.style.width = '420px';
    await expect.poll(() => chart.getWidth()).toBe(420);
    expect(resizes).toBeGreaterThan(0);
  });

  it('keeps the same instance when only the option (a theme switch) changes', async () => {
    const ready = readyChart();
    mounted = mount(<EChart parts={parts} option={option('#f00')} onReady={ready.onReady} />);
    const chart = await ready.chart();
    const id = chart.id;
    mounted.render(<EChart parts={parts} option={option('#0f0')} onReady={ready.onReady} />);
    await frame();
    const series = (chart.getOption() as { series: { itemStyle: { color: string } }[] }).series;
    expect(series[0]?.itemStyle.color).toBe('#0f0');
    expect(chart.id).toBe(id);
    expect(chart.isDisposed()).toBeFalsy();
  });

  it('survives StrictMode double mounting and leaves one live chart', async () => {
    const ready = readyChart();
    mounted = mount(
      <StrictMode>
        <EChart parts={parts} option={option('#f00')} onReady={ready.onReady} />
      </StrictMode>,
    );
    const chart = await ready.chart();
    expect(chart.isDisposed()).toBeFalsy();
    const el = mounted.box.querySelector('.echarts-for-react') as HTMLElement;
    expect(getInstanceByDom(el)).toBe(chart);
    expect(mounted.box.querySelectorAll('canvas').length).toBe(1);
  });

  it('mounts and unmounts 50 times quickly without throwing or leaking charts', async () => {
    const seen: { isDisposed: () => boolean }[] = [];
    for (let i = 0; i < 50; i++) {
      const m = mount(
        <StrictMode>
          <EChart parts={parts} option={option('#f00')} onReady={(c) => seen.push(c)} />
        </StrictMode>,
      );
      // Alternate: unmount at once, after a microtask, and after a frame (mid-initialisation).
      if (i % 3 === 1) await Promise.resolve();
      if (i % 3 === 2) await frame();
      m.unmount();
    }
    // Let any pending 'finished' callbacks of temporary instances fire.
    for (let i = 0; i < 5; i++) await frame();
    expect(seen.every((c) => c.isDisposed())).toBe(true);
  });

  it('reports a click on nothing as a blank click', async () => {
    const ready = readyChart();
    let blank = 0;
    mounted = mount(
      <EChart
        parts={parts}
        option={option('#f00')}
        onReady={ready.onReady}
        onBlankClick={() => blank++}
      />,
    );
    const chart = await ready.chart();
    chart.getZr().trigger('click', { target: null, offsetX: 1, offsetY: 1 });
    expect(blank).toBe(1);
  });
});

describe('guarded echarts facade (echarts-for-react #620)', () => {
  // Reproduces the race exactly: the element ref is detached after the final chart is created
  // and before echarts-for-react's asynchronous continuation reads it again.
  async function race(echartsProp: Record<string, unknown>) {
    const el = document.createElement('div');
    el.style.cssText = 'width:200px;height:100px';
    document.body.append(el);
    const core = new EChartsReactCore({
      option: option('#f00'),
      echarts: echartsProp,
      autoResize: false,
    });
    let inits = 0;
    const realInit = echartsProp.init as (...a: unknown[]) => unknown;
    echartsProp.init = (...a: unknown[]) => {
      const chart = realInit(...a);
      // The second init is the final chart; the unmount lands right after it.
      if (++inits === 2) (core as unknown as { ele: HTMLElement | null }).ele = null;
      return chart;
    };
    core.ele = el;
    const errors: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => {
      errors.push(e.reason);
      e.preventDefault();
    };
    window.addEventListener('unhandledrejection', onRejection);
    core.componentDidMount();
    for (let i = 0; i < 10 && inits < 2; i++) await frame();
    await frame();
    window.removeEventListener('unhandledrejection', onRejection);
    el.remove();
    return { errors, inits };
  }

  it('the raw echarts object throws in that window', async () => {
    const { errors, inits } = await race({ init, getInstanceByDom, dispose });
    expect(inits).toBe(2);
    expect(String(errors[0])).toMatch(/TypeError/);
  });

  it('the guarded one does not, and its sweep disposes the orphaned chart', async () => {
    const facade = createGuardedEcharts();
    const created: EChartsType[] = [];
    const wrapped = { ...facade } as unknown as Record<string, unknown>;
    const realInit = facade.init;
    wrapped.init = (...a: Parameters<typeof realInit>) => {
      const c = realInit(...a);
      created.push(c);
      return c;
    };
    const { errors, inits } = await race(wrapped);
    expect(inits).toBe(2);
    expect(errors).toEqual([]);
    const orphan = created[1] as EChartsType;
    expect(orphan.isDisposed()).toBeFalsy();
    facade.disposeAll();
    expect(orphan.isDisposed()).toBe(true);
  });
});
