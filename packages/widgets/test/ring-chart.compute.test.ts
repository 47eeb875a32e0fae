import { describe, expect, it } from 'vitest';
import { chartPalette } from '../src/echarts/chartPalette.js';
import { ringOption, ringShares, ringTable, ringTotal } from '../src/RingChart/compute.js';
import { tokens } from '../src/theme/tokens.js';

const input = {
  items: [
    { name: '刷单返利', value: 30 },
    { name: '冒充客服', value: 10 },
    { name: '<b>x</b>', value: 0 },
  ],
  unit: '起',
  title: '诈骗类型',
  lang: 'zh-CN' as const,
  palette: chartPalette(tokens.dark),
  reducedMotion: false,
};

describe('ring compute', () => {
  it('shares sum to one over positive values; negatives are not shares', () => {
    expect(ringTotal([...input.items, { name: 'bad', value: -5 }])).toBe(40);
    expect(ringShares(input.items).map((s) => s.share)).toEqual([0.75, 0.25, 0]);
  });
  it('puts the total in the centre and shares in the legend', () => {
    const option = ringOption(input);
    expect(option.title.text).toBe('40');
    expect(option.title.subtext).toBe('合计 (起)');
    expect(option.legend.formatter('刷单返利')).toBe('刷单返利  75%');
    expect(option.series[0]?.data.map((d) => d.value)).toEqual([30, 10, 0]);
    expect(option.aria.enabled).toBe(true);
  });
  it('escapes names in the tooltip', () => {
    const html = ringOption(input).tooltip.formatter({ name: '<b>x</b>', value: 0 });
    expect(html).toBe('&lt;b&gt;x&lt;/b&gt;: 0起 (0%)');
  });
  it('tables value and share, in English too', () => {
    expect(ringTable(input).rows[0]).toEqual(['刷单返利', '30', '75%']);
    expect(ringTable({ ...input, lang: 'en' }).columns).toEqual([
      'Category',
      'Value (起)',
      'Share',
    ]);
  });
});
