import { z } from 'zod';
import type { Bilingual } from './views.js';

/** Units and the empty options schema shared by the domain adapters. */
export const percentUnit: Bilingual = { zh: '%', en: '%' };
export const casesUnit: Bilingual = { zh: '件', en: 'cases' };
export const none = z.object({}).strict().default({});

/** Hour-of-day labels, 0时..23时 / 0h..23h. */
export const hourLabels: Bilingual[] = Array.from({ length: 24 }, (_, h) => ({
  zh: `${h}时`,
  en: `${h}h`,
}));
