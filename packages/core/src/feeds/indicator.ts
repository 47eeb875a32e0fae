import { z } from 'zod';
import { count, placed, placeFields, text } from './primitives.js';

/** A single published figure of one place: a count or an amount in yuan. */
export const indicatorSchema = placed(
  z.object({
    ...placeFields,
    /** Stable id, e.g. 'elections.completedVillages'. */
    id: text,
    name: text,
    nameEn: text,
    value: z.number({ error: 'a finite number ≥ 0' }).min(0, { error: 'a finite number ≥ 0' }),
    unit: z.enum(['count', 'yuan'], { error: 'one of count, yuan' }),
    /** The report says "more than" (or "about") this value. */
    atLeast: z.boolean({ error: 'true or false' }),
    year: count.optional(),
  }),
);

/** One published figure. */
export type Indicator = z.infer<typeof indicatorSchema>;
