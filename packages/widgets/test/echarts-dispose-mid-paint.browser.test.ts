import { HeatmapChart } from 'echarts/charts';
import { GridComponent, VisualMapComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { afterEach, describe, expect, it } from 'vitest';
import { createGuardedEcharts } from '../src/echarts/guardedEcharts.js';

use([HeatmapChart, GridComponent, VisualMapComponent, CanvasRenderer]);

// zrender paints a big scene in slices over animation frames; a chart disposed between two
// slices must not let the next slice run on its disposed painter.

const errors: string[] = [];
const onError = (e: ErrorEvent) => {
  errors.push(e.message);
  e.preventDefault();
};
afterEach(() => {
  window.removeEventListener('error', onError);
  errors.length = 0;
});

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(n);
  });

describe('disposing a chart in the middle of a sliced paint', () => {
  it('stops the paint instead of throwing from the next frame', async () => {
    window.addEventListener('error', onError);
    const facade = createGuardedEcharts();
    let sliced = 0;
    for (let round = 0; round < 6; round++) {
      const el = document.createElement('div');
      el.style.cssText = 'width:800px;height:600px';
      document.body.append(el);
      const chart = facade.init(el);
      const data: [number, number, number][] = [];
      for (let x = 0; x < 300; x++) for (let y = 0; y < 150; y++) data.push([x, y, (x * y) % 17]);
      chart.setOption({
        animation: false,
        xAxis: { type: 'category', data: Array.from({ length: 300 }, (_, i) => i) },
        yAxis: { type: 'category', data: Array.from({ length: 150 }, (_, i) => i) },
        visualMap: { min: 0, max: 16, show: false },
        series: [{ type: 'heatmap', data, progressive: 0 }],
      });
      const painter = (chart.getZr() as unknown as { painter: { _redrawId: number } }).painter;
      const id = painter._redrawId;
      await new Promise((r) => setTimeout(r, 0));
      if (painter._redrawId === id) sliced += 1;
      facade.dispose(el);
      el.remove();
      await frames(3);
    }
    expect(sliced).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
