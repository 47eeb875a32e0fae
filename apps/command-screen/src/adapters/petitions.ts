// Adapters for the petitions (信访) feed: zero-accusation share, backlog, named counts.
import { z } from 'zod';
import {
  type BacklogLike,
  backlogByLevel,
  countsByName,
  type NamedCountLike,
  type ZeroAccusationLike,
  zeroAccusationShare,
} from '../compute/petitions.js';
import { scopeName, selectPlaced } from '../compute/selection.js';
import { asArray, defineAdapter } from './adapter.js';
import { bilingual } from './common.js';
import { casesUnit, none, percentUnit } from './units.js';
import type { Bilingual } from './views.js';

/** Share of villages with no accusation-type petition (无检控信访村社). */
export const zeroAccusation = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    const records = selectPlaced(asArray<ZeroAccusationLike>(data, 'village counts'), selection);
    const r = zeroAccusationShare(records);
    const scope = scopeName(records);
    return {
      kind: 'kpi',
      value: r?.percent ?? null,
      unit: percentUnit,
      precision: 1,
      ...(r
        ? {
            period: {
              zh: `${r.year}年 ${r.zero}/${r.villages} 村社`,
              en: `${r.year}, ${r.zero} of ${r.villages}`,
            },
          }
        : {}),
      ...(scope ? { scope } : {}),
      good: 'up',
    };
  },
});

const levelNames: Record<'national' | 'provincial' | 'city', Bilingual> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  city: { zh: '市级', en: 'City' },
};

/** Backlog cases (积案) cleared, by level. */
export const backlog = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    const levels = backlogByLevel(
      selectPlaced(asArray<BacklogLike>(data, 'backlog records'), selection),
    );
    return {
      kind: 'parts',
      unit: casesUnit,
      items: levels.map((l) => ({
        id: l.level,
        name: levelNames[l.level],
        value: l.cleared,
        total: l.total,
      })),
    };
  },
});

/** Counts by subject or channel in the latest year. */
export const namedCounts = defineAdapter({
  options: z
    .object({ unit: bilingual.default(casesUnit), top: z.number().int().min(1).max(20).default(8) })
    .strict()
    .default({ unit: casesUnit, top: 8 }),
  filtered: true,
  run(data, o, { selection }) {
    const rows = countsByName(
      selectPlaced(asArray<NamedCountLike>(data, 'named counts'), selection),
    );
    return {
      kind: 'parts',
      unit: o.unit,
      items: rows
        .slice(0, o.top)
        .map((r) => ({ id: r.id, name: { zh: r.name, en: r.nameEn }, value: r.value })),
    };
  },
});
