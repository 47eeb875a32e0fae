import { z } from 'zod';
import { count, month, percent, placed, placeFields, records, text, yuan } from './primitives.js';

/** Monthly discipline-related petitions (涉纪信访) of one district, or one town when `town` is set. */
export const petitionMonthSchema = placed(
  z.object({
    ...placeFields,
    month,
    /** 涉纪受理信访量: petitions received. */
    received: count,
    /** 检控类信访量: accusation-type petitions among them. */
    accusation: count,
  }),
).refine((r) => r.accusation <= r.received, {
  path: ['accusation'],
  error: 'accusation ≤ received',
});

/** Petitions of one year by subject (小微权力, 村级工程建设 …) in one district. */
export const petitionSubjectSchema = placed(
  z.object({ ...placeFields, year: count, id: text, name: text, nameEn: text, count }),
);

/** Petitions of one year by reception channel (接访室, 云接访 …) in one district. */
export const petitionChannelSchema = placed(
  z.object({ ...placeFields, year: count, id: text, name: text, nameEn: text, count }),
);

/** Backlog cases (积案) of one level and how many are cleared. */
export const petitionBacklogSchema = placed(
  z.object({
    ...placeFields,
    level: z.enum(['national', 'provincial', 'city'], {
      error: 'one of national, provincial, city',
    }),
    total: count,
    cleared: count,
  }),
).refine((r) => r.cleared <= r.total, { path: ['cleared'], error: 'cleared ≤ total' });

/** Villages and communities (村社) of a town and how many had no accusation-type petition. */
export const zeroAccusationSchema = placed(
  z.object({ ...placeFields, year: count, villages: count, zeroAccusation: count }),
).refine((r) => r.zeroAccusation <= r.villages, {
  path: ['zeroAccusation'],
  error: 'zeroAccusation ≤ villages',
});

/** One district's yearly outcomes: 澄清正名 and measures against false accusation. */
export const petitionOutcomeSchema = placed(
  z.object({
    ...placeFields,
    year: count,
    clearedCadres: count,
    clearedCollectives: count,
    falseAccusersDetained: count,
    falseAccusersFined: count,
    falseAccusersWarned: count,
  }),
);

/** Labour-dispute petitions of one district and year (batches, people, amounts). */
export const labourDisputeSchema = placed(
  z.object({ ...placeFields, year: count, batches: count, people: count, amountYuan: yuan }),
);

/** A town's village-level practice figures (万市镇, 春江街道). */
export const townPracticeSchema = placed(
  z.object({
    ...placeFields,
    villages: count,
    /** Villages resolving more than 90 % of disputes at village level. */
    villagesResolvingOver90: count.optional(),
    /** Villages with no backlog and no skip-level petitions. */
    villagesNoBacklogNoSkip: count.optional(),
    /** Villages holding the evening 小队会 meetings. */
    villagesWithTeamMeetings: count.optional(),
  }),
);

/** Public satisfaction with safety in one district and year. */
export const satisfactionSchema = placed(
  z.object({ ...placeFields, year: count, satisfactionPercent: percent }),
);

/** The petitions feed's `data`. */
export const petitionsDataSchema = z.object({
  monthly: records(petitionMonthSchema),
  subjects: records(petitionSubjectSchema),
  channels: records(petitionChannelSchema),
  backlog: records(petitionBacklogSchema),
  zeroAccusation: records(zeroAccusationSchema),
  outcomes: records(petitionOutcomeSchema),
  labourDisputes: records(labourDisputeSchema),
  townPractices: records(townPracticeSchema),
  satisfaction: records(satisfactionSchema),
});

/** Data of the petitions (信访) feed. */
export type PetitionsData = z.infer<typeof petitionsDataSchema>;
