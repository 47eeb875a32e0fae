// Adapters for the anti-fraud feed: cases by type and by hour.
import { z } from 'zod';
import {
  casesByHour,
  casesByType,
  type FraudHourLike,
  type FraudTypeLike,
} from '../compute/antifraud.js';
import { selectPlaced } from '../compute/selection.js';
import { asArray, defineAdapter } from './adapter.js';
import { casesUnit, hourLabels, none } from './units.js';

/** Fraud cases by type, latest year. */
export const fraudByType = defineAdapter({
  options: z
    .object({ top: z.number().int().min(1).max(20).default(6) })
    .strict()
    .default({ top: 6 }),
  filtered: true,
  run(data, o, { selection }) {
    const rows = casesByType(selectPlaced(asArray<FraudTypeLike>(data, 'fraud types'), selection));
    return {
      kind: 'parts',
      unit: casesUnit,
      items: rows
        .slice(0, o.top)
        .map((r) => ({ id: r.type, name: { zh: r.name, en: r.nameEn }, value: r.value })),
    };
  },
});

/** Fraud cases by hour of day, latest year. */
export const fraudByHour = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    const { year, hours } = casesByHour(
      selectPlaced(asArray<FraudHourLike>(data, 'fraud hours'), selection),
    );
    return {
      kind: 'series',
      categories: hourLabels,
      unit: casesUnit,
      series:
        year === null
          ? []
          : [{ name: { zh: `${year}年`, en: `${year}` }, values: hours, role: 'current' }],
    };
  },
});
