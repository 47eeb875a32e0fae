import { z } from 'zod';
import { formatPeriod } from '../../format/period.js';
import { fieldOf } from '../frame.js';
import { words } from '../messages.js';
import { shift } from '../period-key.js';
import { need, numberOf, numeric } from '../transforms/define.js';
import { axisKey, axisOf } from './axis.js';
import { contextOf, defineView, optionalText, unitOf } from './define.js';

/** How a series view reads its rows. */
export const seriesSpec = z
  .object({
    x: z.string().min(1).describe('The field along the x axis (a month, an hour, a category)'),
    y: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1).max(8)])
      .describe('One or more numbers'),
    previous: z
      .string()
      .min(1)
      .optional()
      .describe('A field of the previous period (from the change transform), drawn faint'),
    unit: optionalText,
  })
  .strict();

/** A series mapping as written. */
export type SeriesSpec = z.infer<typeof seriesSpec>;

const ys = (spec: SeriesSpec) => (Array.isArray(spec.y) ? spec.y : [spec.y]);

/** Series over the x field's categories, with the previous period overlaid when asked. */
export const seriesView = defineView({
  kind: 'series',
  schema: seriesSpec,
  check(spec, shape) {
    need(shape, spec.x, ['x']);
    for (const [i, y] of ys(spec).entries())
      need(shape, y, Array.isArray(spec.y) ? ['y', i] : ['y'], numeric);
    if (spec.previous) need(shape, spec.previous, ['previous'], numeric);
  },
  build(spec, frame, context) {
    const categories = axisOf(fieldOf(frame, spec.x), spec.x, frame.rows, context);
    const index = new Map(categories.map((c, i) => [c.key, i]));
    const column = (name: string) => {
      const values: (number | null)[] = categories.map(() => null);
      for (const r of frame.rows) {
        const i = index.get(axisKey(r[spec.x]));
        const v = numberOf(r[name]);
        if (i !== undefined && v !== null) values[i] = (values[i] ?? 0) + v;
      }
      return values;
    };
    const single = ys(spec).length === 1;
    // One series over one period is named after the period ("2022年"), the overlay after the one before.
    const periodName = (key: string) => ({
      'zh-CN': formatPeriod(key, 'zh-CN'),
      en: formatPeriod(key, 'en'),
    });
    const before = frame.period ? shift(frame.period, frame.comparison ?? 'yearAgo') : undefined;
    const series = ys(spec).map((y) => ({
      name:
        single && frame.period
          ? periodName(frame.period)
          : (fieldOf(frame, y)?.label ?? { 'zh-CN': y, en: y }),
      values: column(y),
      role: 'current' as const,
    }));
    const previous = spec.previous
      ? [
          {
            name: before ? periodName(before) : words.previous,
            values: column(spec.previous),
            role: 'previous' as const,
          },
        ]
      : [];
    return {
      kind: 'series',
      categories,
      series: [...previous, ...series],
      unit: unitOf(frame, ys(spec)[0] ?? '', spec.unit),
      ...contextOf(frame, context),
    };
  },
});
