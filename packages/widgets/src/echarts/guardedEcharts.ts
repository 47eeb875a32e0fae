import type { EChartsType } from 'echarts/core';
import { getInstanceByDom, init } from 'echarts/core';

type InitArgs = Parameters<typeof init>;

/**
 * A stand-in for a chart that no longer exists. echarts-for-react reads its element ref
 * after asynchronous steps; when the component unmounted meanwhile the ref is null and
 * `getInstanceByDom(null)` throws (echarts-for-react #620). The wrapper then talks to this
 * no-op object instead and nothing reaches a disposed or missing chart.
 */
const inert = {
  setOption() {},
  showLoading() {},
  hideLoading() {},
  on() {},
  off() {},
  resize() {},
  isDisposed: () => true,
} as unknown as EChartsType;

/**
 * Disposes a chart so that a paint already split over animation frames stops. zrender paints a
 * large scene in slices, scheduling each next slice with requestAnimationFrame; its dispose
 * leaves that slice scheduled, and the slice then reads the disposed painter and throws
 * ("Cannot read properties of null (reading 'layerStack')"). A slice runs only while the
 * painter's redraw id is the one it was scheduled with, so a new id stops it.
 */
function disposeChart(chart: EChartsType): void {
  const painter = (chart.getZr() as unknown as { painter?: { _redrawId?: number } } | undefined)
    ?.painter;
  if (painter && '_redrawId' in painter) painter._redrawId = Number.NaN;
  chart.dispose();
}

/** True when `chart` is the no-op stand-in rather than a real chart. */
export function isInertChart(chart: EChartsType): boolean {
  return chart === inert;
}

/** The three calls echarts-for-react makes on its `echarts` prop, plus a final sweep. */
export interface GuardedEcharts {
  /** Creates a chart on `el`, or returns the no-op stand-in when `el` is gone. */
  init(el: InitArgs[0] | null, theme?: InitArgs[1], opts?: InitArgs[2]): EChartsType;
  /** The chart on `el`, or the stand-in. */
  getInstanceByDom(el: HTMLElement | null): EChartsType;
  /** Disposes the chart on `el`, if any. */
  dispose(el: HTMLElement | null): void;
  /** Disposes every chart this object created that is still alive (the leak a race leaves). */
  disposeAll(): void;
}

/**
 * One per mounted chart: each call tolerates a null element or a missing instance, and every
 * instance created is remembered, so the owner can dispose a chart that a race created after
 * its element was detached (the wrapper would otherwise never dispose it).
 */
export function createGuardedEcharts(): GuardedEcharts {
  const created = new Set<EChartsType>();
  return {
    init(el, theme, opts) {
      if (!el) return inert;
      const chart = init(el, theme, opts);
      created.add(chart);
      return chart;
    },
    getInstanceByDom(el) {
      return (el && getInstanceByDom(el)) || inert;
    },
    dispose(el) {
      const chart = el ? getInstanceByDom(el) : undefined;
      if (!chart) return;
      created.delete(chart);
      disposeChart(chart);
    },
    disposeAll() {
      for (const chart of created) if (!chart.isDisposed()) disposeChart(chart);
      created.clear();
    },
  };
}
