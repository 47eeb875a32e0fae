import { z } from 'zod';
import { fieldOf } from '../frame.js';
import { firstField, need, numberOf, numeric, placed } from '../transforms/define.js';
import { rowPlace } from '../transforms/filter.js';
import { contextOf, defineView, optionalText, unitOf } from './define.js';

/** How a regions view reads its rows. */
export const regionsSpec = z
  .object({
    place: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The place field (default: each row's most specific place, so district rows colour districts and town rows towns)",
      ),
    value: z.string().min(1).describe('The number that colours each place'),
    metric: optionalText.describe("What the colours measure (default: the value field's label)"),
    unit: optionalText,
  })
  .strict();

/** A regions mapping as written. */
export type RegionsSpec = z.infer<typeof regionsSpec>;

/** A value per place for the choropleth; places without a number are left uncoloured. */
export const regionsView = defineView({
  kind: 'regions',
  schema: regionsSpec,
  check(spec, shape) {
    if (spec.place) need(shape, spec.place, ['place'], placed);
    else firstField(shape, placed, ['place']);
    need(shape, spec.value, ['value'], numeric);
  },
  build(spec, frame, context) {
    // A row may hold a district and a town: it speaks for the finer one. A map drilled into a
    // district then finds its towns' values in the same view as the districts'.
    const places = spec.place
      ? [spec.place]
      : frame.fields.filter((f) => f.type === 'place').map((f) => f.name);
    const values = frame.rows.flatMap((r) => {
      const v = numberOf(r[spec.value]);
      const p = rowPlace(r, places);
      return v === null || p === undefined ? [] : [{ place: p, value: v }];
    });
    const { place: _place, ...where } = contextOf(frame, context);
    return {
      kind: 'regions',
      values,
      metric: spec.metric ??
        fieldOf(frame, spec.value)?.label ?? { 'zh-CN': spec.value, en: spec.value },
      unit: unitOf(frame, spec.value, spec.unit),
      ...(frame.comparison ? { comparison: frame.comparison } : {}),
      // A map shows every place at once: its period matters, a place filter does not.
      ...where,
    };
  },
});
