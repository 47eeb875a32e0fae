import { readFileSync } from 'node:fs';
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import type { AreaCollection } from '../src/geometry/types.js';
import { echartsGeoBox } from '../src/projection/echarts-layout.js';
import { echartsProjection } from '../src/projection/echarts-projection.js';
import { fitProjection } from '../src/projection/fit.js';

const jiaxing = JSON.parse(
  readFileSync(new URL('../../../data/geo/jiaxing.geojson', import.meta.url), 'utf8'),
) as AreaCollection;

describe('echartsProjection inside real ECharts (server-side SVG render)', () => {
  it('is accepted by the geo component and, in echartsGeoBox, maps to the projection’s own pixels both ways', () => {
    echarts.registerMap('jiaxing-test', jiaxing as never);
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 600 });
    const fitted = fitProjection(jiaxing as never, 800, 600, 20);
    const projection = echartsProjection(fitted);
    chart.setOption({
      animation: false,
      geo: { map: 'jiaxing-test', projection, ...echartsGeoBox(fitted, jiaxing as never) },
    });
    const xiuzhou = jiaxing.features.find((f) => f.id === '330411');
    const cp = xiuzhou?.properties.cp as [number, number];
    const pixel = chart.convertToPixel({ geoIndex: 0 }, cp) as number[];
    const ours = fitted(cp) as [number, number];
    expect(Math.abs((pixel[0] as number) - ours[0])).toBeLessThan(1e-6);
    expect(Math.abs((pixel[1] as number) - ours[1])).toBeLessThan(1e-6);
    const back = chart.convertFromPixel({ geoIndex: 0 }, pixel) as number[];
    expect(Math.abs((back[0] as number) - cp[0])).toBeLessThan(1e-6);
    expect(Math.abs((back[1] as number) - cp[1])).toBeLessThan(1e-6);
    // North is up: a point further north sits higher on the canvas.
    const north = chart.convertToPixel({ geoIndex: 0 }, [cp[0], cp[1] + 0.05]) as number[];
    expect(north[1]).toBeLessThan(pixel[1] as number);
    // The rendered SVG holds one path per district.
    const svg = chart.renderToSVGString();
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(jiaxing.features.length);
    chart.dispose();
  });
});
