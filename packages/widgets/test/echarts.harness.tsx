// Shared by the chart and map browser tests: render into a sized box, wait for the final chart.
import type { EChartsType } from 'echarts/core';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { expect } from 'vitest';

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

/** Next animation frame (ECharts draws on frames). */
export function frame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => r()));
}
