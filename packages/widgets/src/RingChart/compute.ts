import { formatGrouped, formatPercent } from '@onescreen/core';
import type { A11yTable } from '../a11y/HiddenTable.js';
import { baseOption } from '../echarts/baseOption.js';
import { type ChartPalette, seriesColor } from '../echarts/chartPalette.js';
import { escapeText } from '../echarts/escapeText.js';
import type { Lang } from '../i18n/lang.js';
import { translate } from '../i18n/messages.js';
import { RING_CAPTION, RING_LEGEND, type RingLayout } from './layout.js';
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

const percent = (share: number, lang: Lang) => formatPercent(share * 100, lang, { signed: false });

/** The legend text of each slice ("已整改  84.3%"), as drawn and as laid out. */
export function ringLegendTexts(input: Pick<RingInput, 'items' | 'lang'>): string[] {
  return ringShares(input.items).map((s) => `${s.name}  ${percent(s.share, input.lang)}`);
}

/** The centre caption ("合计 (处)"). */
export function ringCaption(input: Pick<RingInput, 'unit' | 'lang'>): string {
  return `${m(input.lang, 'total')}${input.unit ? ` (${input.unit})` : ''}`;
}

/** The ECharts option of a ring (donut) with the total in its centre, at one layout. */
export function ringOption(input: RingInput, layout: RingLayout) {
  const { palette, lang, unit } = input;
  const shares = ringShares(input.items);
  const total = ringTotal(input.items);
  const description = m(lang, 'description', {
    title: input.title,
    total: formatGrouped(total, lang),
    unit,
    items: shares
      .map((s) =>
        m(lang, 'item', {
          name: s.name,
          value: formatGrouped(s.value, lang),
          unit,
          share: percent(s.share, lang),
        }),
      )
      .join(translate(lang, 'list.separator')),
  });
  const base = baseOption({ palette, reducedMotion: input.reducedMotion, description });
  const shareOf = new Map(shares.map((s) => [s.name, s.share]));
  return {
    ...base,
    title: {
      text: formatGrouped(total, lang),
      // The caption only where it fits inside the hole (ringLayout); the title and the hidden
      // table say what the total counts either way.
      subtext: layout.title.caption ? ringCaption(input) : '',
      left: layout.center[0],
      top: layout.title.top,
      padding: 0,
      textAlign: 'center' as const,
      itemGap: RING_CAPTION.gap,
      textStyle: {
        color: palette.text,
        fontSize: layout.title.fontSize,
        lineHeight: Math.round(layout.title.fontSize * 1.2),
        fontFamily: palette.numberFont,
        fontWeight: 600,
      },
      subtextStyle: {
        color: palette.muted,
        fontSize: RING_CAPTION.font,
        lineHeight: Math.round(RING_CAPTION.font * 1.2),
      },
    },
    tooltip: {
      ...base.tooltip,
      trigger: 'item' as const,
      formatter: (p: { name?: string; value?: number }) =>
        `${escapeText(p.name)}: ${formatGrouped(p.value ?? null, lang)}${escapeText(unit)} (${percent(shareOf.get(p.name ?? '') ?? 0, lang)})`,
    },
    legend: {
      orient: 'vertical' as const,
      left: layout.legend.left,
      top: layout.legend.top,
      padding: 0,
      itemGap: RING_LEGEND.rowGap,
      itemWidth: RING_LEGEND.icon,
      itemHeight: RING_LEGEND.icon,
      textStyle: {
        color: palette.text,
        fontSize: RING_LEGEND.font,
        // Room for the longest entry (ringLayout); a name longer than the box allows is cut
        // with an ellipsis and shown whole on hover and in the hidden table.
        width: layout.legend.textWidth + 2,
        overflow: 'truncate' as const,
      },
      tooltip: { show: true },
      // Canvas text, not HTML: names need no escaping here.
      formatter: (name: string) => `${name}  ${percent(shareOf.get(name) ?? 0, lang)}`,
    },
    series: [
      {
        id: 'ring',
        type: 'pie' as const,
        // The pie series brings its own 500 ms update transition, which outranks the option's
        // root setting: a new value would repaint the ring for thirty frames.
        animationDurationUpdate: 0,
        radius: layout.radius,
        center: layout.center,
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
      formatGrouped(s.value, lang),
      percent(s.share, lang),
    ]),
  };
}
