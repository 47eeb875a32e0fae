import { describe, expect, it } from 'vitest';
import { chartPalette } from '../src/echarts/chartPalette.js';
import {
  dayNames,
  heatCells,
  heatLegend,
  heatOption,
  heatPeak,
  heatTable,
} from '../src/HeatGrid/compute.js';
import { tokens } from '../src/theme/tokens.js';

const values = Array.from({ length: 7 }, (_, d) =>
  Array.from({ length: 24 }, (_, h) => (d === 4 && h === 20 ? 9 : h % 3)),
);
const input = {
  values,
  unit: '起',
  title: '案发时段',
  lang: 'zh-CN' as const,
  palette: chartPalette(tokens.dark),
  reducedMotion: true,
};

describe('heat grid compute', () => {
  it('names days Monday first in both languages', () => {
    expect(dayNames('zh-CN')).toEqual(['周一', '周二', '周三', '周四', '周五', '周六', '周日']);
    expect(dayNames('en')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });
  it('turns the grid into [hour, day, value] cells, skipping missing ones', () => {
    const cells = heatCells([[1, null, 3]]);
    expect(cells).toEqual([
      [0, 0, 1],
      [2, 0, 3],
    ]);
    expect(heatCells(values)).toHaveLength(168);
  });
  it('finds the peak and scales the colour map to it', () => {
    expect(heatPeak(values)).toEqual({ day: 4, hour: 20, value: 9 });
    const option = heatOption(input);
    expect(option.visualMap.max).toBe(9);
    expect(option.aria.label.description).toContain('周五 20:00–21:00');
    expect(option.animation).toBe(false);
  });
  it("keys the colour scale from 0 to the peak, in the page rather than in ECharts' canvas", () => {
    expect(heatOption(input).visualMap.show).toBe(false);
    const legend = heatLegend({ ...input, values: [[1200, 3]] });
    expect([legend.low, legend.high]).toEqual(['0', '1,200']);
    expect(legend.colors).toEqual([input.palette.panel, input.palette.accent, input.palette.warn]);
    // An all-zero (or empty) grid still has a scale to 1, as its colours do.
    expect(heatLegend({ ...input, values: [[0, 0]] }).high).toBe('1');
    expect(heatOption({ ...input, values: [[0, 0]] }).visualMap.max).toBe(1);
  });
  it('tooltips name the slot', () => {
    expect(heatOption({ ...input, unit: '<i>' }).tooltip.formatter({ value: [20, 4, 9] })).toBe(
      '周五 20:00–21:00: 9&lt;i&gt;',
    );
  });
  it('tables a row per day and a column per hour', () => {
    const table = heatTable(input);
    expect(table.rows).toHaveLength(7);
    expect(table.columns).toHaveLength(25);
    expect(table.rows[4]?.[21]).toBe('9');
  });
});

describe('heat grid row names', () => {
  const labelled = {
    ...input,
    rowLabels: ['刷单返利', '冒充电商物流客服', '虚假投资理财'],
    columnLabels: ['1月', '2月'],
    values: [
      [1, 2],
      [3, 4],
      [5, 6],
    ],
  };
  it('wrap within 8 em where a row has room for two lines, and are cut where it has not', () => {
    expect(heatOption(labelled, 300).yAxis.axisLabel).toMatchObject({
      width: 96,
      overflow: 'break',
    });
    expect(heatOption(labelled, 120).yAxis.axisLabel.overflow).toBe('truncate');
    // Before the size is known nothing may run into the next row.
    expect(heatOption(labelled).yAxis.axisLabel.overflow).toBe('truncate');
  });
  it('hide column names that would overlap; hours stay every other one', () => {
    expect(heatOption(labelled).xAxis.axisLabel).toMatchObject({
      interval: 'auto',
      hideOverlap: true,
    });
    expect(heatOption(input).xAxis.axisLabel).toMatchObject({ interval: 2, hideOverlap: true });
  });
});
