import { describe, expect, it } from 'vitest';
import { chartPalette } from '../src/echarts/chartPalette.js';
import {
  isTrendEmpty,
  trendLatest,
  trendOption,
  trendSummary,
  trendTable,
  trendTooltip,
  yoyChange,
} from '../src/TrendChart/compute.js';
import { MIN_PLOT_HEIGHT, trendLayout } from '../src/TrendChart/layout.js';
import { tokens } from '../src/theme/tokens.js';

const palette = chartPalette(tokens.dark);
const full = trendLayout({ size: { width: 600, height: 300 }, legendWidth: 200, unitWidth: 12 });
const xss = '<img src=x onerror="window.__xss=1">';
const base = {
  categories: ['1月', '2月', '3月'],
  series: [{ name: '信访量', values: [100, 90, null], previous: [120, 100, 80] }],
  kind: 'line' as const,
  unit: '件',
  title: '涉纪信访',
  lang: 'zh-CN' as const,
  palette,
  reducedMotion: false,
};

describe('yoyChange', () => {
  it('compares only periods present in both years', () => {
    // March is missing this year, so last March (80) must not enter the base.
    expect(yoyChange([100, 90, null], [120, 100, 80])).toBeCloseTo((190 / 220 - 1) * 100, 10);
  });
  it('reproduces a published change exactly (−13.6 %)', () => {
    expect(yoyChange([864], [1000])).toBeCloseTo(-13.6, 10);
  });
  it('is null without a base', () => {
    expect(yoyChange([1, 2], [0, 0])).toBeNull();
    expect(yoyChange([1, null], [null, 3])).toBeNull();
  });
});

describe('trendOption', () => {
  it('draws current series first, then dashed previous-year overlays', () => {
    const option = trendOption(base, full);
    expect(option.series.map((s) => s.id)).toEqual(['s0', 'p0']);
    expect(option.series[1]?.name).toBe('信访量（去年同期）');
    expect(option.series[1]?.lineStyle).toMatchObject({ type: 'dashed' });
    expect(option.series[0]?.data).toEqual([100, 90, null]);
  });
  it('turns aria on and animation off under reduced motion', () => {
    const option = trendOption({ ...base, reducedMotion: true }, full);
    expect(option.aria.enabled).toBe(true);
    expect(option.aria.label.description).toContain('同比 −13.6 %');
    expect(option.animation).toBe(false);
  });
  it('area kind fills, bar kind uses bar series and boundary gaps', () => {
    expect(trendOption({ ...base, kind: 'area' }, full).series[0]).toHaveProperty('areaStyle');
    const bars = trendOption({ ...base, kind: 'bar' }, full);
    expect(bars.series[0]?.type).toBe('bar');
    expect(bars.xAxis.boundaryGap).toBe(true);
  });
  it('takes colours from the palette so a theme switch is a setOption', () => {
    const light = trendOption({ ...base, palette: chartPalette(tokens.light) }, full);
    expect(light.series[0]?.itemStyle.color).toBe(tokens.light.colors.series[0]);
    expect(trendOption(base, full).series[0]?.itemStyle.color).toBe(tokens.dark.colors.series[0]);
  });
  it('speaks English', () => {
    const option = trendOption({ ...base, lang: 'en' }, full);
    expect(option.series[1]?.name).toBe('信访量 (same period last year)');
    expect(option.aria.label.description).toContain('year on year');
  });
});

describe('trendTooltip', () => {
  it('escapes feed strings and shows the change per period', () => {
    const html = trendTooltip({
      ...base,
      categories: [xss],
      series: [{ name: xss, values: [90], previous: [100] }],
    })([{ dataIndex: 0 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;');
    expect(html).toContain('同比 −10.0 %');
  });
});

describe('summary, table, emptiness', () => {
  it('totals and changes per series', () => {
    expect(trendSummary(base.series)).toEqual([
      { name: '信访量', total: 190, change: (190 / 220 - 1) * 100 },
    ]);
  });
  it('tables every period with previous-year columns', () => {
    const table = trendTable(base);
    expect(table.columns).toEqual(['时间', '信访量', '信访量（去年同期）']);
    expect(table.rows[2]).toEqual(['3月', '—', '80']);
  });
  it('is empty with no categories or no finite values', () => {
    expect(isTrendEmpty({ categories: [], series: base.series })).toBe(true);
    expect(isTrendEmpty({ categories: ['1月'], series: [{ name: 'a', values: [null] }] })).toBe(
      true,
    );
    expect(isTrendEmpty(base)).toBe(false);
  });
});

describe('previous-year naming', () => {
  it('uses previousName for the overlay in the legend and table', () => {
    const series = [{ name: '2021年', values: [1], previous: [2], previousName: '2020年' }];
    expect(trendOption({ ...base, categories: ['1月'], series }, full).series[1]?.name).toBe(
      '2020年',
    );
    expect(trendTable({ ...base, categories: ['1月'], series }).columns).toEqual([
      '时间',
      '2021年',
      '2020年',
    ]);
  });
});

describe('trendLayout: a minimum plot, or a sparkline on purpose', () => {
  const at = (width: number, height: number, legendWidth = 220) =>
    trendLayout({ size: { width, height }, legendWidth, unitWidth: 14 });
  it('keeps the full chart while its plot keeps the minimum height', () => {
    expect(at(500, 240)).toMatchObject({ mode: 'full', legend: { top: 0 } });
    expect(at(500, 240).plotHeight).toBeGreaterThanOrEqual(MIN_PLOT_HEIGHT);
  });
  it('shares one row between unit and legend and thins the ticks before giving up the axes', () => {
    const c = at(500, 120);
    expect(c.mode).toBe('compact');
    expect(c.plotHeight).toBeGreaterThanOrEqual(MIN_PLOT_HEIGHT);
    expect(c.splitNumber).toBe(2);
    expect(c.legend).toEqual({ top: 0, right: 0 });
    // A legend too wide to share the row is left to the tooltip and the table.
    expect(at(300, 120, 400).legend).toBeNull();
  });
  it('becomes a sparkline with the current value below the minimum, never a squashed plot', () => {
    // The 1080p petitions trend today: a 100 px tall chart would have had a 35 px plot.
    const s = at(500, 100);
    expect(s.mode).toBe('spark');
    expect(s.nowWidth).toBeGreaterThan(0);
    for (let h = 40; h <= 400; h += 10) {
      const l = at(500, h);
      if (l.mode !== 'spark') expect(l.plotHeight).toBeGreaterThanOrEqual(MIN_PLOT_HEIGHT);
    }
  });
  it('draws a sparkline without axes or legend, spanning its own range', () => {
    const option = trendOption(base, at(500, 100));
    expect(option.xAxis.show).toBe(false);
    expect(option.yAxis).toMatchObject({ show: false, scale: true });
    expect(option.legend.show).toBe(false);
  });
  it('names the latest period with a value', () => {
    expect(trendLatest(base)).toEqual({ category: '2月', value: 90 });
    expect(trendLatest({ categories: [], series: [] })).toBeNull();
  });
});
