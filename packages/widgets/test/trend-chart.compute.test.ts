import { describe, expect, it } from 'vitest';
import { chartPalette } from '../src/echarts/chartPalette.js';
import {
  isTrendEmpty,
  trendOption,
  trendSummary,
  trendTable,
  trendTooltip,
  yoyChange,
} from '../src/TrendChart/compute.js';
import { tokens } from '../src/theme/tokens.js';

const palette = chartPalette(tokens.dark);
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
    expect(yoyChange([100, 90, null], [120, 100, 80])).toBeCloseTo(190 / 220 - 1, 10);
  });
  it('reproduces a published change exactly (−13.6 %)', () => {
    expect(yoyChange([864], [1000])).toBeCloseTo(-0.136, 10);
  });
  it('is null without a base', () => {
    expect(yoyChange([1, 2], [0, 0])).toBeNull();
    expect(yoyChange([1, null], [null, 3])).toBeNull();
  });
});

describe('trendOption', () => {
  it('draws current series first, then dashed previous-year overlays', () => {
    const option = trendOption(base);
    expect(option.series.map((s) => s.id)).toEqual(['s0', 'p0']);
    expect(option.series[1]?.name).toBe('信访量（去年同期）');
    expect(option.series[1]?.lineStyle).toMatchObject({ type: 'dashed' });
    expect(option.series[0]?.data).toEqual([100, 90, null]);
  });
  it('turns aria on and animation off under reduced motion', () => {
    const option = trendOption({ ...base, reducedMotion: true });
    expect(option.aria.enabled).toBe(true);
    expect(option.aria.label.description).toContain('同比 −13.6%');
    expect(option.animation).toBe(false);
  });
  it('area kind fills, bar kind uses bar series and boundary gaps', () => {
    expect(trendOption({ ...base, kind: 'area' }).series[0]).toHaveProperty('areaStyle');
    const bars = trendOption({ ...base, kind: 'bar' });
    expect(bars.series[0]?.type).toBe('bar');
    expect(bars.xAxis.boundaryGap).toBe(true);
  });
  it('takes colours from the palette so a theme switch is a setOption', () => {
    const light = trendOption({ ...base, palette: chartPalette(tokens.light) });
    expect(light.series[0]?.itemStyle.color).toBe(tokens.light.colors.series[0]);
    expect(trendOption(base).series[0]?.itemStyle.color).toBe(tokens.dark.colors.series[0]);
  });
  it('speaks English', () => {
    const option = trendOption({ ...base, lang: 'en' });
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
    expect(html).toContain('同比 −10%');
  });
});

describe('summary, table, emptiness', () => {
  it('totals and changes per series', () => {
    expect(trendSummary(base.series)).toEqual([
      { name: '信访量', total: 190, change: 190 / 220 - 1 },
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
    expect(trendOption({ ...base, categories: ['1月'], series }).series[1]?.name).toBe('2020年');
    expect(trendTable({ ...base, categories: ['1月'], series }).columns).toEqual([
      '时间',
      '2021年',
      '2020年',
    ]);
  });
});
