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
    /** How the report states it: exactly, "more than" or "about" this value. */
    qualifier: z.enum(['exact', 'moreThan', 'about'], { error: 'one of exact, moreThan, about' }),
    year: count.optional(),
  }),
);

/** One published figure. */
export type Indicator = z.infer<typeof indicatorSchema>;
