/// <reference types="@vitest/browser-playwright" />
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { useScreen } from '../src/screen/context.js';
import { computeLayout, type ScaleMode } from '../src/screen/layout.js';
import { ScreenContainer } from '../src/screen/ScreenContainer.js';
import { type Mounted, mount, wait } from './base-harness.js';

let mounted: Mounted | undefined;
afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
});

function Probe() {
  const s = useScreen();
  return (
    <div
      data-probe=""
      data-scale={s.scale}
      data-dpr={s.dpr}
      data-pixel-ratio={s.pixelRatio}
      style={{ position: 'absolute', left: 960, top: 540, width: 200, height: 100, fontSize: 20 }}
    >
      <span data-text="">杭嘉 9,186</span>
    </div>
  );
}

function rect(sel: string, root: ParentNode = document): DOMRect {
  const el = root.querySelector(sel);
  if (!el) throw new Error(`missing ${sel}`);
  return el.getBoundingClientRect();
}

const sizes: [number, number][] = [
  [1920, 1080],
  [3840, 2160], // 4K
  [1280, 720],
  [5120, 1440], // 32:9
  [6656, 1792], // LED wall
  [800, 1000], // portrait portal card
];
const modes: ScaleMode[] = ['fit', 'cover', 'width', 'height', 'stretch', 'none'];

// First in the file on purpose: after one CDP metrics override has been cleared, Chromium stops
// reporting later emulated DPR changes to media queries (a quirk of emulation, measured here;
// a real OS scale change does fire them).
describe('ScreenContainer follows a live DPR change', () => {
  it('re-reports the canvas ratio when the OS scale changes under it', async () => {
    mounted = await mount(
      <ScreenContainer maxPixelRatio={8}>
        <Probe />
      </ScreenContainer>,
      'position:absolute;left:0;top:0;width:960px;height:540px',
    );
    const data = () => mounted?.el.querySelector<HTMLElement>('[data-probe]')?.dataset;
    expect(Number(data()?.pixelRatio)).toBe(0.5 * window.devicePixelRatio);
    await cdp().send('Emulation.setDeviceMetricsOverride', {
      width: 1920,
      height: 1080,
      deviceScaleFactor: 3,
      mobile: false,
    });
    // The new ratio arrives with the browser's next rendering step (a media query change).
    await expect.poll(() => Number(data()?.dpr), { timeout: 5_000 }).toBe(3);
    expect(Number(data()?.pixelRatio)).toBe(1.5);
    await cdp().send('Emulation.clearDeviceMetricsOverride');
    await wait(50);
  });
});

describe('ScreenContainer lays the design onto its parent', () => {
  for (const [w, h] of sizes) {
    for (const mode of modes) {
      it(`${mode} in a ${w}×${h} parent`, async () => {
        mounted = await mount(
          <ScreenContainer mode={mode}>
            <Probe />
          </ScreenContainer>,
          `position:absolute;left:10px;top:20px;width:${w}px;height:${h}px`,
        );
        const parent = mounted.el.getBoundingClientRect();
        const want = computeLayout(w, h, 1920, 1080, mode);
        const design = rect('.os-screen__design', mounted.el);
        expect(design.left - parent.left).toBeCloseTo(want.left, 0);
        expect(design.top - parent.top).toBeCloseTo(want.top, 0);
        expect(design.width).toBeCloseTo(1920 * want.scaleX, 0);
        expect(design.height).toBeCloseTo(1080 * want.scaleY, 0);
        // A child placed at design (960, 540) lands at the scaled point on screen.
        const probe = rect('[data-probe]', mounted.el);
        expect(probe.left - design.left).toBeCloseTo(960 * want.scaleX, 0);
        expect(probe.top - design.top).toBeCloseTo(540 * want.scaleY, 0);
        expect(probe.width).toBeCloseTo(200 * want.scaleX, 0);
        if (mode !== 'stretch') {
          // Laid out at the real scale with zoom, not a transformed bitmap.
          const el = mounted.el.querySelector<HTMLElement>('.os-screen__design');
          expect(getComputedStyle(el as HTMLElement).transform).toBe('none');
        }
        const scale = Number(mounted.el.querySelector<HTMLElement>('[data-probe]')?.dataset.scale);
        expect(scale).toBeCloseTo(want.scale, 6);
      });
    }
  }

  it('fit letterboxes a 32:9 wall: full height, centred horizontally', async () => {
    mounted = await mount(
      <ScreenContainer>
        <Probe />
      </ScreenContainer>,
      'position:absolute;left:0;top:0;width:5120px;height:1440px',
    );
    const d = rect('.os-screen__design', mounted.el);
    expect(d.height).toBeCloseTo(1440, 0);
    expect(d.width).toBeCloseTo(2560, 0);
    expect(d.left).toBeCloseTo(1280, 0);
  });

  it('text is laid out at the on-screen size', async () => {
    mounted = await mount(
      <ScreenContainer>
        <Probe />
      </ScreenContainer>,
      'position:absolute;left:0;top:0;width:3840px;height:2160px',
    );
    const big = rect('[data-text]', mounted.el);
    await mounted.unmount();
    mounted = await mount(
      <ScreenContainer>
        <Probe />
      </ScreenContainer>,
      'position:absolute;left:0;top:0;width:1920px;height:1080px',
    );
    const small = rect('[data-text]', mounted.el);
    expect(big.width / small.width).toBeCloseTo(2, 1);
    expect(big.height / small.height).toBeCloseTo(2, 1);
  });

  it('follows its parent when the parent is resized (not the window)', async () => {
    mounted = await mount(
      <ScreenContainer>
        <Probe />
      </ScreenContainer>,
      'position:absolute;left:0;top:0;width:960px;height:540px',
    );
    expect(rect('.os-screen__design', mounted.el).width).toBeCloseTo(960, 0);
    mounted.el.style.width = '480px';
    mounted.el.style.height = '270px';
    // A ResizeObserver reports the new size at the next rendering step: wait for it.
    const el = mounted.el;
    await expect
      .poll(() => rect('.os-screen__design', el).width, { timeout: 5_000 })
      .toBeCloseTo(480, 0);
    expect(mounted.el.querySelector<HTMLElement>('[data-probe]')?.dataset.scale).toBe('0.25');
  });

  it('takes its height from the width inside a parent with no height (portal card)', async () => {
    mounted = await mount(
      <ScreenContainer>
        <Probe />
      </ScreenContainer>,
      'width:960px',
    );
    expect(mounted.el.getBoundingClientRect().height).toBeCloseTo(540, 0);
    mounted.el.style.width = '1440px';
    const el = mounted.el;
    await expect
      .poll(() => el.getBoundingClientRect().height, { timeout: 5_000 })
      .toBeCloseTo(810, 0);
  });

  it('a parent hidden at mount is measured properly once shown', async () => {
    mounted = await mount(
      <ScreenContainer>
        <Probe />
      </ScreenContainer>,
      'display:none;width:960px;height:540px',
    );
    mounted.el.style.display = 'block';
    const el = mounted.el;
    const width = () => rect('.os-screen__design', el).width;
    await expect.poll(width, { timeout: 5_000 }).toBeCloseTo(960, 0);
    mounted.el.style.height = '270px';
    await expect.poll(width, { timeout: 5_000 }).toBeCloseTo(480, 0);
  });

  it('fills the viewport at several window sizes', async () => {
    for (const [w, h] of [
      [1280, 720],
      [1600, 1200],
      [1920, 1080],
    ] as const) {
      await page.viewport(w, h);
      mounted = await mount(
        <ScreenContainer>
          <Probe />
        </ScreenContainer>,
        'position:fixed;inset:0',
      );
      const d = rect('.os-screen__design', mounted.el);
      const s = Math.min(w / 1920, h / 1080);
      expect(d.width).toBeCloseTo(1920 * s, 0);
      expect(d.top).toBeCloseTo((h - 1080 * s) / 2, 0);
      await mounted.unmount();
      mounted = undefined;
    }
  });
});

describe('ScreenContainer reports scale × DPR for canvases', () => {
  afterEach(async () => {
    await cdp().send('Emulation.clearDeviceMetricsOverride');
    await wait(50);
  });
  for (const dpr of [1, 1.5, 2.5]) {
    it(`OS scale ${dpr * 100} %`, async () => {
      await cdp().send('Emulation.setDeviceMetricsOverride', {
        width: 1920,
        height: 1080,
        deviceScaleFactor: dpr,
        mobile: false,
      });
      expect(window.devicePixelRatio).toBe(dpr);
      mounted = await mount(
        <ScreenContainer maxPixelRatio={4}>
          <Probe />
        </ScreenContainer>,
        'position:absolute;left:0;top:0;width:1280px;height:720px',
      );
      const p = mounted.el.querySelector<HTMLElement>('[data-probe]')?.dataset;
      expect(Number(p?.dpr)).toBe(dpr);
      expect(Number(p?.pixelRatio)).toBeCloseTo((1280 / 1920) * dpr, 6);
      // The box still lands on whole CSS px at this scale.
      expect(rect('.os-screen__design', mounted.el).width).toBeCloseTo(1280, 0);
    });
  }

  it('puts the letterboxed box on whole device pixels', async () => {
    await cdp().send('Emulation.setDeviceMetricsOverride', {
      width: 1920,
      height: 1080,
      deviceScaleFactor: 1.5,
      mobile: false,
    });
    mounted = await mount(
      <ScreenContainer>
        <Probe />
      </ScreenContainer>,
      'position:absolute;left:0;top:0;width:1283px;height:720px',
    );
    const d = rect('.os-screen__design', mounted.el);
    const devicePx = d.left * 1.5;
    expect(Math.abs(devicePx - Math.round(devicePx))).toBeLessThan(0.02);
    expect(d.left).toBeCloseTo(1.5, 0);
  });

  it('caps the canvas ratio for 8K walls', async () => {
    mounted = await mount(
      <ScreenContainer maxPixelRatio={2}>
        <Probe />
      </ScreenContainer>,
      'position:absolute;left:0;top:0;width:7680px;height:4320px',
    );
    const data = mounted.el.querySelector<HTMLElement>('[data-probe]')?.dataset;
    expect(Number(data?.scale)).toBe(4);
    expect(Number(data?.pixelRatio)).toBe(2);
  });
});

/** A child whose render takes `ms` of main thread, logging when it renders. */
function Slow({ name, ms, log }: { name: string; ms: number; log: string[] }) {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Busy: a widget computing its view.
  }
  log.push(name);
  return <div data-slow={name} />;
}

/** Posts a message on `port` as it renders: a task that waits for the render to give way. */
function Marker({ port }: { port: MessagePort }) {
  port.postMessage(null);
  return null;
}

describe('ScreenContainer given the parent size up front', () => {
  it('renders the whole screen from the first render, in slices a transition can yield between', async () => {
    const log: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => log.push('other task');
    const el = document.createElement('div');
    el.setAttribute('style', 'position:absolute;left:0;top:0;width:960px;height:540px');
    document.body.append(el);
    const root = createRoot(el);
    startTransition(() =>
      root.render(
        <ScreenContainer initialParentSize={{ width: 960, height: 540 }}>
          <Marker port={channel.port2} />
          {['a', 'b', 'c', 'd', 'e', 'f'].map((name) => (
            <Slow key={name} name={name} ms={12} log={log} />
          ))}
        </ScreenContainer>,
      ),
    );
    await expect.poll(() => log.includes('f') && log.includes('other task')).toBe(true);
    // Laid out at once: the screen's scale is right without a measuring render first.
    expect(el.querySelector<HTMLElement>('.os-screen')?.dataset.scale).toBe('0.5000');
    // The other task ran between the children's slices, not after the whole screen.
    expect(log.indexOf('other task')).toBeLessThan(log.indexOf('f'));
    // Each child rendered once: the measurement agreed with the size given.
    expect(log.filter((n) => n !== 'other task')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    root.unmount();
    el.remove();
    channel.port1.close();
  });
});
