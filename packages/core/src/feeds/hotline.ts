import { z } from 'zod';
import { timestampMs } from '../model/timestamp-ms.js';
import { booleanField, categoryField, datetimeField } from './fields/build.js';
import { HOTLINE_STAGE_LABELS, HOTLINE_STAGES, type HotlineStage } from './hotline-stages.js';
import { count, named, placed, placeFields, records, say, text, UNITS } from './primitives.js';

export { HOTLINE_STAGE_LABELS, HOTLINE_STAGES, type HotlineStage } from './hotline-stages.js';

const stageTime = (stage: HotlineStage) => datetimeField({ label: HOTLINE_STAGE_LABELS[stage] });

/** One 12345 case with a timestamp for every stage it has reached. */
export const hotlineCaseSchema = placed(
  z.object({
    ...placeFields,
    id: named(say('工单号', 'Case')),
    /** Id into `categories`. */
    category: named(say('类别', 'Category')),
    /** The latest stage reached. */
    stage: categoryField(HOTLINE_STAGES, {
      label: say('环节', 'Stage'),
      valueLabels: HOTLINE_STAGE_LABELS,
    }),
    times: z.object({
      received: stageTime('received'),
      assigned: stageTime('assigned').optional(),
      handled: stageTime('handled').optional(),
      closureReviewed: stageTime('closureReviewed').optional(),
      followedUp: stageTime('followedUp').optional(),
    }),
    /** 催办: the case needed a reminder. */
    reminded: booleanField({ label: say('催办', 'Reminded') }),
    /** 红黄绿三色督办: red overdue, yellow at risk, green on time. */
    supervision: categoryField(['red', 'yellow', 'green'], {
      label: say('三色督办', 'Supervision'),
      valueLabels: {
        red: say('红灯', 'Red'),
        yellow: say('黄灯', 'Yellow'),
        green: say('绿灯', 'Green'),
      },
    }),
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
      const ms = timestampMs(at);
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
export const hotlineCategorySchema = z.object({
  id: text,
  name: named(say('类别', 'Category')),
  nameEn: named(say('类别', 'Category')),
});

/** A command room: dispatch seats in use, seats it can grow to, camera feeds. */
export const commandRoomSchema = placed(
  z.object({
    ...placeFields,
    seats: count({ label: say('调度席位', 'Dispatch seats') }),
    seatsMax: count({ label: say('可扩展席位', 'Seats possible') }),
    cameras: count({ label: say('视频监控', 'Cameras') }),
  }),
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

/** Unit of case counts, for views over this feed. */
export const HOTLINE_UNIT = UNITS.cases;
