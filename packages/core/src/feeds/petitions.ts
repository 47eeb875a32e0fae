import { z } from 'zod';
import { categoryField } from './fields/build.js';
import {
  count,
  month,
  named,
  percent,
  placed,
  placeFields,
  records,
  say,
  text,
  UNITS,
  year,
  yuan,
} from './primitives.js';

/** Monthly discipline-related petitions (涉纪信访) of one district, or one town when `town` is set. */
export const petitionMonthSchema = placed(
  z.object({
    ...placeFields,
    month,
    /** 涉纪受理信访量: petitions received. */
    received: count({ label: say('涉纪受理信访量', 'Petitions received'), unit: UNITS.cases }),
    /** 检控类信访量: accusation-type petitions among them. */
    accusation: count({ label: say('检控类信访量', 'Accusation petitions'), unit: UNITS.cases }),
  }),
).refine((r) => r.accusation <= r.received, {
  path: ['accusation'],
  error: 'accusation ≤ received',
});

/** A yearly count by a named item (subject or channel). */
function namedCount(label: ReturnType<typeof say>) {
  return placed(
    z.object({
      ...placeFields,
      year,
      id: text,
      name: named(label),
      nameEn: named(label),
      count: count({ label: say('信访量', 'Petitions'), unit: UNITS.cases }),
    }),
  );
}

/** Petitions of one year by subject (小微权力, 村级工程建设 …) in one district. */
export const petitionSubjectSchema = namedCount(say('信访事项', 'Subject'));

/** Petitions of one year by reception channel (接访室, 云接访 …) in one district. */
export const petitionChannelSchema = namedCount(say('接访渠道', 'Channel'));

/** Backlog cases (积案) of one level and how many are cleared. */
export const petitionBacklogSchema = placed(
  z.object({
    ...placeFields,
    level: categoryField(['national', 'provincial', 'city'], {
      label: say('交办层级', 'Level'),
      valueLabels: {
        national: say('国家级', 'National'),
        provincial: say('省级', 'Provincial'),
        city: say('市级', 'City'),
      },
    }),
    total: count({ label: say('积案总数', 'Backlog cases'), unit: UNITS.cases }),
    cleared: count({ label: say('已化解', 'Cleared'), unit: UNITS.cases }),
  }),
).refine((r) => r.cleared <= r.total, { path: ['cleared'], error: 'cleared ≤ total' });

/** Villages and communities (村社) of a town and how many had no accusation-type petition. */
export const zeroAccusationSchema = placed(
  z.object({
    ...placeFields,
    year,
    villages: count({ label: say('村社数', 'Villages'), unit: UNITS.villages }),
    zeroAccusation: count({
      label: say('无检控信访村社', 'Villages with no accusation petitions'),
      unit: UNITS.villages,
    }),
  }),
).refine((r) => r.zeroAccusation <= r.villages, {
  path: ['zeroAccusation'],
  error: 'zeroAccusation ≤ villages',
});

/** One district's yearly outcomes: 澄清正名 and measures against false accusation. */
export const petitionOutcomeSchema = placed(
  z.object({
    ...placeFields,
    year,
    clearedCadres: count({ label: say('澄清正名干部', 'Cadres cleared'), unit: UNITS.people }),
    clearedCollectives: count({ label: say('澄清正名集体', 'Collectives cleared') }),
    falseAccusersDetained: count({
      label: say('诬告者拘留', 'False accusers detained'),
      unit: UNITS.people,
    }),
    falseAccusersFined: count({
      label: say('诬告者罚款', 'False accusers fined'),
      unit: UNITS.people,
    }),
    falseAccusersWarned: count({
      label: say('诬告者警告', 'False accusers warned'),
      unit: UNITS.people,
    }),
  }),
);

/** Labour-dispute petitions of one district and year (batches, people, amounts). */
export const labourDisputeSchema = placed(
  z.object({
    ...placeFields,
    year,
    batches: count({ label: say('欠薪信访批次', 'Batches') }),
    people: count({ label: say('涉及人数', 'People'), unit: UNITS.people }),
    amountYuan: yuan({ label: say('涉及金额', 'Amount') }),
  }),
);

/** A town's village-level practice figures (万市镇, 春江街道). */
export const townPracticeSchema = placed(
  z.object({
    ...placeFields,
    villages: count({ label: say('村社数', 'Villages'), unit: UNITS.villages }),
    /** Villages resolving more than 90 % of disputes at village level. */
    villagesResolvingOver90: count({
      label: say('矛盾村级化解率超90%', 'Villages resolving >90% locally'),
      unit: UNITS.villages,
    }).optional(),
    /** Villages with no backlog and no skip-level petitions. */
    villagesNoBacklogNoSkip: count({
      label: say('无积案无越级上访', 'No backlog, no skip-level'),
      unit: UNITS.villages,
    }).optional(),
    /** Villages holding the evening 小队会 meetings. */
    villagesWithTeamMeetings: count({
      label: say('开展小队会', 'Holding team meetings'),
      unit: UNITS.villages,
    }).optional(),
  }),
);

/** Public satisfaction with safety in one district and year. */
export const satisfactionSchema = placed(
  z.object({
    ...placeFields,
    year,
    satisfactionPercent: percent({ label: say('群众安全感满意度', 'Satisfaction with safety') }),
  }),
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
