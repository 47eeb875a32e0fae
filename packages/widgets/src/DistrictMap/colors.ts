import { formatGrouped } from '@onescreen/core';
import type { ChartPalette } from '../echarts/chartPalette.js';
import { mixColor } from '../echarts/mixColor.js';
import type { Lang } from '../i18n/lang.js';
import type { ClassBreak } from './classBreaks.js';
import type { DistrictMapInput } from './compute.js';
import { mapMessages as m } from './messages.js';

/** Fill of each class, light to strong, and of districts without data. */
export function classColors(
  palette: ChartPalette,
  count: number,
): { classes: string[]; noData: string } {
  const classes = Array.from({ length: count }, (_, i) =>
    mixColor(palette.panel, palette.accent, count === 1 ? 0.7 : 0.2 + (0.8 * i) / (count - 1)),
  );
  // Grey from the muted text colour: outside the blue ramp, so "no data" never reads as "low".
  return { classes, noData: mixColor(palette.panel, palette.muted, 0.35) };
}

/** Legend label of a class: the actual range of its members. */
export function rangeLabel(c: ClassBreak, lang: Lang): string {
  return c.min === c.max
    ? formatGrouped(c.min, lang)
    : m(lang, 'range', { min: formatGrouped(c.min, lang), max: formatGrouped(c.max, lang) });
}

/**
 * Per-district outline in the chart: dashed for no data, selection and alerts outlined. The
 * chart's regions are see-through; their colours are the fill layer's under it (regionFills),
 * so a value update leaves the chart's option, and its geometry, as they were.
 */
export function regionStyles(
  input: Pick<DistrictMapInput, 'districts' | 'selected' | 'alerts' | 'palette'> & {
    /** Codes of the districts without a value. */
    noData: readonly string[];
  },
) {
  const { palette } = input;
  const alerted = new Map((input.alerts ?? []).map((a) => [a.code, a.level]));
  const noData = new Set(input.noData);
  return input.districts.map((d) => {
    const selected = d.code === input.selected;
    const alert = alerted.get(d.code);
    return {
      name: d.code,
      itemStyle: {
        areaColor: 'transparent',
        // An alert's colour outranks the selection's: it is what the wall must see.
        borderColor: alert ? palette.level[alert] : selected ? palette.warn : palette.accent,
        borderWidth: alert ? 3 : selected ? 3 : 1,
        ...(noData.has(d.code) ? { borderType: 'dashed' as const } : {}),
      },
    };
  });
}
