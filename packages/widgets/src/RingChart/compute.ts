import type { A11yTable } from '../a11y/HiddenTable.js';
import { baseOption } from '../echarts/baseOption.js';
import { type ChartPalette, seriesColor } from '../echarts/chartPalette.js';
import { escapeText } from '../echarts/escapeText.js';
import { formatValue } from '../echarts/formatValue.js';
import type { Lang } from '../i18n/lang.js';
import { ringMessages as m } from './messages.js';

/** One slice: a category and its value. */
export interface RingItem {
  /** Category name (feed text). */
  name: string;
  /** Non-negative value. */
  value: number;
}

/** Everything the ring option is built from. */
export interface RingInput {
  /** Slices in display order. */
  items: readonly RingItem[];
  /** Unit after values. */
  unit: string;
  /** Title for the accessible description and table caption. */
  title: string;
  /** Screen language. */
  lang: Lang;
  /** Theme colours and faces. */
  palette: ChartPalette;
  /** No animation. */
  reducedMotion: boolean;
}

/** A slice with its share of the total (0..1). */
export interface RingShare extends RingItem {
  /** value / total; 0 when the total is 0. */
  share: number;
}

/** Total of the finite, non-negative values (negative slices cannot be shares). */
export function ringTotal(items: readonly RingItem[]): number {
  return items.reduce((sum, i) => sum + (Number.isFinite(i.value) && i.value > 0 ? i.value : 0), 0);
}

/** Each item's share of the total. */
export function ringShares(items: readonly RingItem[]): RingShare[] {
  const total = ringTotal(items);
  return items.map((i) => ({ ...i, share: total > 0 && i.value > 0 ? i.value / total : 0 }));
}

const percent = (share: number, lang: Lang) => `${formatValue(share * 100, lang, 1)}%`;

/** The ECharts option of a ring (donut) with the total in its centre. */
export function ringOption(input: RingInput) {
  const { palette, lang, unit } = input;
  const shares = ringShares(input.items);
  const total = ringTotal(input.items);
  const description = m(lang, 'description', {
    title: input.title,
    total: formatValue(total, lang),
    unit,
    items: shares
      .map((s) =>
        m(lang, 'item', {
          name: s.name,
          value: formatValue(s.value, lang),
          unit,
          share: percent(s.share, lang),
        }),
      )
      .join(lang === 'en' ? '; ' : '；'),
  });
  const base = baseOption({ palette, reducedMotion: input.reducedMotion, description });
  const shareOf = new Map(shares.map((s) => [s.name, s.share]));
  return {
    ...base,
    title: {
      text: formatValue(total, lang),
      subtext: `${m(lang, 'total')}${unit ? ` (${unit})` : ''}`,
      left: '34%',
      top: 'middle',
      textAlign: 'center' as const,
      itemGap: 12,
      textStyle: {
        color: palette.text,
        fontSize: 30,
        fontFamily: palette.numberFont,
        fontWeight: 600,
      },
      subtextStyle: { color: palette.muted, fontSize: 13 },
    },
    tooltip: {
      ...base.tooltip,
      trigger: 'item' as const,
      formatter: (p: { name?: string; value?: number }) =>
        `${escapeText(p.name)}: ${formatValue(p.value ?? null, lang)}${escapeText(unit)} (${percent(shareOf.get(p.name ?? '') ?? 0, lang)})`,
    },
    legend: {
      orient: 'vertical' as const,
      right: 8,
      top: 'middle',
      itemWidth: 10,
      itemHeight: 10,
      textStyle: { color: palette.text, fontSize: 13 },
      // Canvas text, not HTML: names need no escaping here.
      formatter: (name: string) => `${name}  ${percent(shareOf.get(name) ?? 0, lang)}`,
    },
    series: [
      {
        id: 'ring',
        type: 'pie' as const,
        radius: ['56%', '78%'],
        center: ['34%', '50%'],
        avoidLabelOverlap: true,
        label: { show: false },
        itemStyle: { borderColor: palette.panel, borderWidth: 2 },
        data: shares.map((s, i) => ({
          name: s.name,
          value: s.value,
          itemStyle: { color: seriesColor(palette, i) },
        })),
      },
    ],
  };
}

/** The hidden table: category, value and share. */
export function ringTable(input: Pick<RingInput, 'items' | 'title' | 'lang' | 'unit'>): A11yTable {
  const { lang } = input;
  return {
    caption: m(lang, 'caption', { title: input.title }),
    columns: [
      m(lang, 'category'),
      `${m(lang, 'value')}${input.unit ? ` (${input.unit})` : ''}`,
      m(lang, 'share'),
    ],
    rows: ringShares(input.items).map((s) => [
      s.name,
      formatValue(s.value, lang),
      percent(s.share, lang),
    ]),
  };
}
