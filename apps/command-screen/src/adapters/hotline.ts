// Adapters for the 12345 hotline feed: stages, reminder rate, supervision, latest cases, heat.
import { z } from 'zod';
import {
  type HotlineCaseLike,
  latestCases,
  receivedHeat,
  reminderRate,
  stageFigures,
  supervisionCounts,
} from '../compute/hotline.js';
import { selectPlaced } from '../compute/selection.js';
import { asArray, asObject, defineAdapter } from './adapter.js';
import { casesUnit, hourLabels, none, percentUnit } from './units.js';
import type { Bilingual } from './views.js';

/** Names of the five stages, as the screen shows them. */
const stageNames: Record<string, Bilingual> = {
  received: { zh: '签收', en: 'Received' },
  assigned: { zh: '审核交办', en: 'Assigned' },
  handled: { zh: '审核办理', en: 'Handled' },
  closureReviewed: { zh: '办结审核', en: 'Closure review' },
  followedUp: { zh: '回访反馈', en: 'Follow-up' },
};

/** The five-stage 12345 workflow. */
export const hotlineStages = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    const cases = selectPlaced(asArray<HotlineCaseLike>(data, '12345 cases'), selection);
    return {
      kind: 'stages',
      stages: stageFigures(cases).map((s) => ({
        id: s.stage,
        name: stageNames[s.stage] ?? { zh: s.stage, en: s.stage },
        reached: s.reached,
        current: s.current,
        meanDwellMs: s.meanDwellMs,
      })),
    };
  },
});

/** 催办率: share of cases that needed a reminder. */
export const hotlineReminderRate = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    const cases = selectPlaced(asArray<HotlineCaseLike>(data, '12345 cases'), selection);
    return {
      kind: 'kpi',
      value: reminderRate(cases),
      unit: percentUnit,
      precision: 2,
      good: 'down',
    };
  },
});

/** 红黄绿 supervision counts. */
export const hotlineSupervision = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    const c = supervisionCounts(
      selectPlaced(asArray<HotlineCaseLike>(data, '12345 cases'), selection),
    );
    return { kind: 'lights', ...c };
  },
});

/** The latest 12345 cases for the scrolling board. */
export const hotlineLatest = defineAdapter({
  options: z
    .object({ rows: z.number().int().min(1).max(200).default(40) })
    .strict()
    .default({ rows: 40 }),
  filtered: true,
  run(data, o, { selection }) {
    const doc = asObject<{ cases: unknown; categories?: unknown }>(data, 'the hotline data');
    const cases = selectPlaced(asArray<HotlineCaseLike>(doc.cases, '12345 cases'), selection);
    const categories = new Map(
      asArray<{ id: string; name: string; nameEn: string }>(doc.categories ?? [], 'categories').map(
        (c) => [c.id, c],
      ),
    );
    return {
      kind: 'rows',
      columns: [
        { id: 'time', name: { zh: '时间', en: 'Time' } },
        { id: 'place', name: { zh: '镇街', en: 'Town' } },
        { id: 'category', name: { zh: '类别', en: 'Category' } },
        { id: 'stage', name: { zh: '环节', en: 'Stage' } },
      ],
      rows: latestCases(cases, o.rows).map((c) => {
        const category = categories.get(c.category);
        const stage = stageNames[c.stage] ?? { zh: c.stage, en: c.stage };
        return {
          id: c.id,
          tone: c.supervision,
          cells: {
            // Times in feeds carry their offset; the screen shows Shanghai wall time.
            time: shanghaiShort(c.times.received),
            place: c.townName ?? c.districtName,
            'category.zh': category?.name ?? c.category,
            'category.en': category?.nameEn ?? c.category,
            'stage.zh': stage.zh,
            'stage.en': stage.en,
          },
        };
      }),
    };
  },
});

function shanghaiShort(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

const weekdays: Bilingual[] = [
  { zh: '周一', en: 'Mon' },
  { zh: '周二', en: 'Tue' },
  { zh: '周三', en: 'Wed' },
  { zh: '周四', en: 'Thu' },
  { zh: '周五', en: 'Fri' },
  { zh: '周六', en: 'Sat' },
  { zh: '周日', en: 'Sun' },
];

/** 12345 cases received by weekday and hour. */
export const hotlineHeat = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    const cases = selectPlaced(asArray<HotlineCaseLike>(data, '12345 cases'), selection);
    return {
      kind: 'heat',
      rows: weekdays,
      columns: hourLabels,
      values: receivedHeat(cases),
      unit: casesUnit,
    };
  },
});

/** The 12345 cases of the selection, as they are, for the pipeline widget. */
export const hotlineCases = defineAdapter({
  options: none,
  filtered: true,
  run(data, _o, { selection }) {
    return {
      kind: 'cases',
      cases: selectPlaced(asArray<HotlineCaseLike>(data, '12345 cases'), selection),
    };
  },
});
