import { describe, expect, it } from 'vitest';
import { chartPalette } from '../src/echarts/chartPalette.js';
import { estimateTextWidth } from '../src/maplayout/textWidth.js';
import {
  ringCaption,
  ringLegendTexts,
  ringOption,
  ringShares,
  ringTable,
  ringTotal,
} from '../src/RingChart/compute.js';
import { ringLayout } from '../src/RingChart/layout.js';
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

const layoutAt = (width: number, height: number, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  ringLayout({
    size: { width, height },
    legendTexts: ringLegendTexts({ ...input, lang }),
    total: '2,041',
    caption: ringCaption({ ...input, lang }),
    measure: estimateTextWidth,
  });
const layout = layoutAt(320, 200);

describe('ring compute', () => {
  it('shares sum to one over positive values; negatives are not shares', () => {
    expect(ringTotal([...input.items, { name: 'bad', value: -5 }])).toBe(40);
    expect(ringShares(input.items).map((s) => s.share)).toEqual([0.75, 0.25, 0]);
  });
  it('puts the total in the centre and shares in the legend', () => {
    const option = ringOption(input, layout);
    expect(option.title.text).toBe('40');
    expect(option.title.subtext).toBe('合计 (起)');
    expect(option.legend.formatter('刷单返利')).toBe('刷单返利  75.0 %');
    expect(option.series[0]?.data.map((d) => d.value)).toEqual([30, 10, 0]);
    expect(option.aria.enabled).toBe(true);
  });
  it('escapes names in the tooltip', () => {
    const html = ringOption(input, layout).tooltip.formatter({ name: '<b>x</b>', value: 0 });
    expect(html).toBe('&lt;b&gt;x&lt;/b&gt;: 0起 (0.0 %)');
  });
  it('tables value and share, in English too', () => {
    expect(ringTable(input).rows[0]).toEqual(['刷单返利', '30', '75.0 %']);
    expect(ringTable({ ...input, lang: 'en' }).columns).toEqual([
      'Category',
      'Value (起)',
      'Share',
    ]);
  });
});

describe('ringLayout', () => {
  const box = (l: ReturnType<typeof layoutAt>, texts: string[]) => {
    const w = Math.max(...texts.map((t) => estimateTextWidth(t, 13, false))) + 15;
    const h = texts.length * 17 + (texts.length - 1) * 8;
    return { x: l.legend.left, y: l.legend.top, w, h };
  };
  for (const [w, h] of [
    [220, 170],
    [260, 190],
    [320, 220],
    [480, 280],
    [200, 320],
  ] as const)
    it(`${w}×${h}: the ring, its total and its legend stay apart and inside`, () => {
      for (const lang of ['zh-CN', 'en'] as const) {
        const l = layoutAt(w, h, lang);
        const legend = box(l, ringLegendTexts({ ...input, lang }));
        const [cx, cy] = l.center;
        const r = l.radius[1];
        // The legend box is clear of the ring's bounding square and inside the chart.
        const apart = legend.x >= cx + r || legend.y >= cy + r || legend.x + legend.w <= cx - r;
        expect(apart).toBe(true);
        expect(legend.x).toBeGreaterThanOrEqual(0);
        expect(legend.x + legend.w).toBeLessThanOrEqual(w + 0.5);
        expect(legend.y + legend.h).toBeLessThanOrEqual(h + 0.5);
        expect(cx - r).toBeGreaterThanOrEqual(0);
        expect(cy + r).toBeLessThanOrEqual(h);
        // The total fits the hole.
        const totalW = estimateTextWidth('2,041', l.title.fontSize, true);
        expect(totalW).toBeLessThanOrEqual(l.radius[0] * 2 * 0.84 + 0.5);
      }
    });
  it('puts the legend beside a wide ring and under a tall one', () => {
    expect(layoutAt(480, 240).arrangement).toBe('side');
    expect(layoutAt(200, 360).arrangement).toBe('stacked');
  });
  it('drops the caption where the hole is too small for it', () => {
    expect(layoutAt(480, 280).title.caption).toBe(true);
    expect(layoutAt(150, 90).title.caption).toBe(false);
  });
});
