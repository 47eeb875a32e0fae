// Shared by the chart and map browser tests: render into a sized box, wait for the final chart.
import type { EChartsType } from 'echarts/core';
import { type ReactNode, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { expect } from 'vitest';
import { page } from 'vitest/browser';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';

/** A mounted React tree in a fixed-size box. */
export interface Mounted {
  box: HTMLDivElement;
  root: Root;
  render: (node: ReactNode) => void;
  unmount: () => void;
}

/** Mounts `node` into a `width` × `height` CSS-px box appended to the body. */
export function mount(node: ReactNode, width = 640, height = 360): Mounted {
  const box = document.createElement('div');
  box.style.cssText = `width:${width}px;height:${height}px;position:relative;`;
  document.body.append(box);
  const root = createRoot(box);
  const render = (next: ReactNode) => flushSync(() => root.render(next));
  render(node);
  return {
    box,
    root,
    render,
    unmount: () => {
      flushSync(() => root.unmount());
      box.remove();
    },
  };
}

/** Resolves with the chart handed to `onReady`, the final (not the temporary) instance. */
export function readyChart(): {
  onReady: (c: EChartsType) => void;
  chart: () => Promise<EChartsType>;
} {
  let resolve: (c: EChartsType) => void = () => {};
  const promise = new Promise<EChartsType>((r) => {
    resolve = r;
  });
  const charts: EChartsType[] = [];
  return {
    onReady: (c) => {
      charts.push(c);
      resolve(c);
    },
    chart: async () => {
      await promise;
      // The newest one: StrictMode or a ratio change may have produced more than one.
      return charts[charts.length - 1] as EChartsType;
    },
  };
}

/** Waits until `box`'s widget root reports `state`. */
export async function expectState(box: HTMLElement, state: string): Promise<void> {
  await expect
    .poll(() => box.querySelector('[data-widget]')?.getAttribute('data-state'))
    .toBe(state);
}

/**
 * Waits until `snapshot()` (what a test reads off the page) is the same, and non-empty, for
 * three frames in a row: layouts re-run as boxes are measured, and ECharts applies each option
 * on its next frame and animates.
 */
export async function untilStill(snapshot: () => string): Promise<void> {
  let last = '';
  let same = 0;
  await expect
    .poll(
      async () => {
        await frame();
        const now = snapshot();
        same = now === last && now !== '' ? same + 1 : 0;
        last = now;
        return same;
      },
      { timeout: 5000 },
    )
    .toBeGreaterThanOrEqual(3);
}

/** Next animation frame (ECharts draws on frames). */
export function frame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => r()));
}

/** Wraps `node` in the dark theme on a panel-sized ground, as a wall shows it. */
export function onWall(
  node: ReactNode,
  width: number,
  height: number,
  lang: 'zh-CN' | 'en' = 'zh-CN',
): ReactNode {
  return (
    <OnescreenProvider theme="dark" lang={lang}>
      <div
        style={{
          width,
          height,
          padding: 12,
          boxSizing: 'border-box',
          background: 'var(--os-panel)',
        }}
      >
        {node}
      </div>
    </OnescreenProvider>
  );
}

/** Saves a screenshot of `element` to docs/screenshots/<name>.png. */
export async function saveScreenshot(element: Element, name: string): Promise<void> {
  await page.screenshot({ element, path: `../docs/screenshots/${name}.png` });
}

/** Poisons every string, runs `check`, and asserts the payload never ran. */
export function xssRan(): boolean {
  return (window as { __xss?: number }).__xss !== undefined;
}

/**
 * Mounts and unmounts `node` under StrictMode `times` times, some at once, some after a
 * microtask, some mid-initialisation (after a frame); resolves with the errors seen.
 */
export async function cycle(node: ReactNode, times = 50): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  for (let i = 0; i < times; i++) {
    const m = mount(<StrictMode>{node}</StrictMode>);
    if (i % 3 === 1) await Promise.resolve();
    if (i % 3 === 2) await frame();
    m.unmount();
  }
  for (let i = 0; i < 5; i++) await frame();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  return errors;
}

/**
 * Renders `make(onReady)` in the dark theme, switches to light, and reports whether the chart
 * instance survived and what its option looked like before and after.
 */
export async function switchTheme(make: (onReady: (c: EChartsType) => void) => ReactNode) {
  const ready = readyChart();
  const tree = (theme: 'dark' | 'light') => (
    <OnescreenProvider theme={theme}>
      <div style={{ width: 640, height: 400 }}>{make(ready.onReady)}</div>
    </OnescreenProvider>
  );
  const m = mount(tree('dark'), 640, 400);
  const chart = await ready.chart();
  const id = chart.id;
  const before = JSON.stringify(chart.getOption());
  m.render(tree('light'));
  await frame();
  const after = JSON.stringify(chart.getOption());
  const result = {
    sameInstance: chart.id === id && !chart.isDisposed(),
    before,
    after,
    charts: m.box.querySelectorAll('canvas').length,
  };
  m.unmount();
  return result;
}
