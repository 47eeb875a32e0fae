import { z } from 'zod';
import { count, placed, placeFields, records, text, timestamp } from './primitives.js';

/** The five stages every 12345 case passes, in order. */
export const HOTLINE_STAGES = Object.freeze([
  'received',
  'assigned',
  'handled',
  'closureReviewed',
  'followedUp',
] as const);

/** One stage of the 12345 workflow. */
export type HotlineStage = (typeof HOTLINE_STAGES)[number];

/** Chinese and English labels of the stages (签收 → 审核交办 → 审核办理 → 办结审核 → 回访反馈). */
export const HOTLINE_STAGE_LABELS: Readonly<Record<HotlineStage, { zh: string; en: string }>> =
  Object.freeze({
    received: { zh: '签收', en: 'Received' },
    assigned: { zh: '审核交办', en: 'Reviewed and assigned' },
    handled: { zh: '审核办理', en: 'Handled' },
    closureReviewed: { zh: '办结审核', en: 'Closure reviewed' },
    followedUp: { zh: '回访反馈', en: 'Follow-up call' },
  });

const stage = z.enum(HOTLINE_STAGES, { error: `one of ${HOTLINE_STAGES.join(', ')}` });

/** One 12345 case with a timestamp for every stage it has reached. */
export const hotlineCaseSchema = placed(
  z.object({
    ...placeFields,
    id: text,
    /** Id into `categories`. */
    category: text,
    /** The latest stage reached. */
    stage,
    times: z.object({
      received: timestamp,
      assigned: timestamp.optional(),
      handled: timestamp.optional(),
      closureReviewed: timestamp.optional(),
      followedUp: timestamp.optional(),
    }),
    /** 催办: the case needed a reminder. */
    reminded: z.boolean({ error: 'true or false' }),
    /** 红黄绿三色督办: red overdue, yellow at risk, green on time. */
    supervision: z.enum(['red', 'yellow', 'green'], { error: 'one of red, yellow, green' }),
  }),
).superRefine((c, ctx) => {
  // A stage has a time exactly when it has been reached, and times never run backwards.
  const reached = HOTLINE_STAGES.indexOf(c.stage);
  let last = Number.NEGATIVE_INFINITY;
  HOTLINE_STAGES.forEach((s, i) => {
    const at = c.times[s];
    if (i <= reached && at === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['times', s],
        message: `a time for reached stage ${s}`,
      });
    } else if (i > reached && at !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['times', s],
        message: `no time for unreached stage ${s}`,
      });
    } else if (at !== undefined) {
      const ms = Date.parse(at);
      if (ms < last) {
        ctx.addIssue({
          code: 'custom',
          path: ['times', s],
          message: 'a time after the previous stage',
        });
      }
      last = ms;
    }
  });
});

/** A case category (城市管理, 环境保护 …). */
export const hotlineCategorySchema = z.object({ id: text, name: text, nameEn: text });

/** A command room: dispatch seats in use, seats it can grow to, camera feeds. */
export const commandRoomSchema = placed(
  z.object({ ...placeFields, seats: count, seatsMax: count, cameras: count }),
).refine((r) => r.seats <= r.seatsMax, { path: ['seats'], error: 'seats ≤ seatsMax' });

/** The hotline feed's `data`. */
export const hotlineDataSchema = z.object({
  categories: records(hotlineCategorySchema),
  cases: records(hotlineCaseSchema),
  rooms: records(commandRoomSchema),
});

/** Data of the 12345 hotline feed. */
export type HotlineData = z.infer<typeof hotlineDataSchema>;
/** One 12345 case. */
export type HotlineCase = z.infer<typeof hotlineCaseSchema>;
