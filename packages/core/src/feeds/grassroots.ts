import { z } from 'zod';
import { indicatorSchema } from './indicator.js';
import { records } from './primitives.js';

/** The grassroots feed's `data`: the remaining published figures, one indicator each. */
export const grassrootsDataSchema = z.object({
  indicators: records(indicatorSchema),
});

/** Data of the grassroots (基层治理) feed. */
export type GrassrootsData = z.infer<typeof grassrootsDataSchema>;
