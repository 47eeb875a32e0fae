import type { ChartPalette } from '../echarts/chartPalette.js';
import { formatValue } from '../echarts/formatValue.js';
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
    ? formatValue(c.min, lang)
    : m(lang, 'range', { min: formatValue(c.min, lang), max: formatValue(c.max, lang) });
}

/** Per-district fill and outline: class colour, dashed grey for no data, selection outlined. */
export function regionStyles(input: DistrictMapInput) {
  const { palette, breaks } = input;
  const colors = classColors(palette, breaks.length);
  return input.districts.map((d) => {
    const index = classIndex(input.values[d.code], breaks);
    const selected = d.code === input.selected;
    return {
      name: d.code,
      itemStyle: {
        areaColor: index < 0 ? colors.noData : (colors.classes[index] as string),
        borderColor: selected ? palette.warn : palette.accent,
        borderWidth: selected ? 3 : 1,
        ...(index < 0 ? { borderType: 'dashed' as const } : {}),
      },
      label: selected
        ? { show: true, color: palette.warn, fontWeight: 'bold' as const }
        : { show: !input.labelled || input.labelled.has(d.code) },
    };
  });
}
