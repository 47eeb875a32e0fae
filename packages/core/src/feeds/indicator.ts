import { z } from 'zod';
import { categoryField, numberField } from './fields/build.js';
import { named, placed, placeFields, say, text, year } from './primitives.js';

/** A single published figure of one place: a count or an amount in yuan. */
export const indicatorSchema = placed(
  z.object({
    ...placeFields,
    /** Stable id, e.g. 'elections.completedVillages'. */
    id: text,
    name: named(say('指标', 'Indicator')),
    nameEn: named(say('指标', 'Indicator')),
    value: numberField({ min: 0, label: say('数值', 'Value') }),
    unit: categoryField(['count', 'yuan'], { valueLabels: { yuan: say('元', 'yuan') } }),
    /** How the report states it: exactly, "more than" or "about" this value. */
    qualifier: categoryField(['exact', 'moreThan', 'about'], {
      label: say('口径', 'Qualifier'),
      valueLabels: {
        moreThan: say('逾此数', 'more than this'),
        about: say('约数', 'approximate'),
      },
    }),
    year: year.optional(),
  }),
);

/** One published figure. */
export type Indicator = z.infer<typeof indicatorSchema>;
