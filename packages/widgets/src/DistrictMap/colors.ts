import { formatGrouped } from '@onescreen/core';
import type { ChartPalette } from '../echarts/chartPalette.js';
import { mixColor } from '../echarts/mixColor.js';
import type { Lang } from '../i18n/lang.js';
import { type ClassBreak, classIndex } from './classBreaks.js';
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

/** Per-district fill and outline: class colour, dashed grey for no data, selection outlined. */
export function regionStyles(input: DistrictMapInput) {
  const { palette, breaks } = input;
  const colors = classColors(palette, breaks.length);
  const alerted = new Map((input.alerts ?? []).map((a) => [a.code, a.level]));
  return input.districts.map((d) => {
    const index = classIndex(input.values[d.code], breaks);
    const selected = d.code === input.selected;
    const alert = alerted.get(d.code);
    return {
      name: d.code,
      itemStyle: {
        areaColor: index < 0 ? colors.noData : (colors.classes[index] as string),
        // An alert's colour outranks the selection's: it is what the wall must see.
        borderColor: alert ? palette.level[alert] : selected ? palette.warn : palette.accent,
        borderWidth: alert ? 3 : selected ? 3 : 1,
        ...(index < 0 ? { borderType: 'dashed' as const } : {}),
      },
    };
  });
}
