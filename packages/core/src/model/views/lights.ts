import { z } from 'zod';
import { anyField, need, numberOf, numeric } from '../transforms/define.js';
import { contextOf, defineView } from './define.js';

/** How a lights view reads its rows. */
export const lightsSpec = z
  .object({
    level: z.string().min(1).describe('A field holding red, yellow or green'),
    value: z.string().min(1).optional().describe('A count per row (default: each row counts one)'),
  })
  .strict();

/** A lights mapping as written. */
export type LightsSpec = z.infer<typeof lightsSpec>;

/** Red, yellow and green totals: rows counted (or their values summed) by level. */
export const lightsView = defineView({
  kind: 'lights',
  schema: lightsSpec,
  check(spec, shape) {
    need(shape, spec.level, ['level'], anyField);
    if (spec.value) need(shape, spec.value, ['value'], numeric);
  },
  build(spec, frame, context) {
    const sums = { red: 0, yellow: 0, green: 0 };
    for (const r of frame.rows) {
      const level = r[spec.level];
      if (level !== 'red' && level !== 'yellow' && level !== 'green') continue;
      sums[level] += spec.value ? (numberOf(r[spec.value]) ?? 0) : 1;
    }
    return { kind: 'lights', ...sums, ...contextOf(frame, context) };
  },
});
